<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
<context>
    <name>ApplyDialog</name>
    <message>
        <source>Apply settings to tools</source>
        <translation>ツールに設定を反映</translation>
    </message>
    <message>
        <source>TrustDesk will make these changes. Nothing has been written yet. Untick a change to skip it; every change can be undone later from the Journal.</source>
        <translation>TrustDesk は次の変更を行います。まだ何も書き込んでいません。行わない変更はチェックを外してください。どの変更も、あとで「記録」から元に戻せます。</translation>
    </message>
    <message>
        <source>Planned changes</source>
        <translation>予定している変更</translation>
    </message>
    <message>
        <source>What changes in the selected file or variable</source>
        <translation>選んだファイルや変数で変わる内容</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>設定を反映</translation>
    </message>
    <message>
        <source>Apply the ticked changes</source>
        <translation>チェックした変更を反映する</translation>
    </message>
    <message>
        <source>Applying the changes…</source>
        <translation>変更を反映しています…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Close</source>
        <translation>閉じる</translation>
    </message>
    <message>
        <source>Close this message</source>
        <translation>このメッセージを閉じる</translation>
    </message>
</context>
<context>
    <name>CertificateFields</name>
    <message>
        <source>Common name</source>
        <translation>共通名 (CN)</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>組織 (O)</translation>
    </message>
    <message>
        <source>Organisational unit</source>
        <translation>部門 (OU)</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>国 (C)</translation>
    </message>
    <message>
        <source>State or province</source>
        <translation>都道府県 (ST)</translation>
    </message>
    <message>
        <source>Locality</source>
        <translation>市区町村 (L)</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>メール アドレス</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Domain component</source>
        <translation>ドメイン コンポーネント (DC)</translation>
    </message>
    <message>
        <source>Basic constraints</source>
        <translation>基本制限</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>キー使用法</translation>
    </message>
    <message>
        <source>Extended key usage</source>
        <translation>拡張キー使用法</translation>
    </message>
    <message>
        <source>Subject Key Identifier</source>
        <translation>サブジェクト キー識別子</translation>
    </message>
    <message>
        <source>Authority Key Identifier</source>
        <translation>機関キー識別子</translation>
    </message>
    <message>
        <source>Subject alternative names</source>
        <translation>サブジェクト代替名</translation>
    </message>
    <message>
        <source>Certificate policies</source>
        <translation>証明書ポリシー</translation>
    </message>
    <message>
        <source>CRL distribution points</source>
        <translation>CRL 配布ポイント</translation>
    </message>
    <message>
        <source>Authority information access</source>
        <translation>機関情報アクセス</translation>
    </message>
    <message>
        <source>Name constraints</source>
        <translation>名前の制約</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <source>Not a certificate authority</source>
        <translation>認証局 (CA) ではありません</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>認証局 (CA)</translation>
    </message>
    <message>
        <source>Certificate authority, path length %1</source>
        <translation>認証局 (CA)、パスの長さ %1</translation>
    </message>
    <message>
        <source>No key identifier</source>
        <translation>キー識別子なし</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>フィールド</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>値</translation>
    </message>
</context>
<context>
    <name>CheckResultView</name>
    <message>
        <source>Not tested yet</source>
        <translation>まだ確認していません</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>接続の確認結果</translation>
    </message>
    <message>
        <source>Press “Test Bedrock connection” to check that Amazon Bedrock can be reached safely.</source>
        <translation>「Bedrock への接続を確認」を押すと、Amazon Bedrock に安全に接続できるかを確認します。</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>詳細を表示</translation>
    </message>
    <message>
        <source>Show the technical details of the test</source>
        <translation>確認結果の技術的な詳細を表示します</translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation>詳細をコピー</translation>
    </message>
    <message>
        <source>Copy the technical details for your IT helpdesk</source>
        <translation>情報システム部門（ヘルプデスク）に送る技術的な詳細をコピーします</translation>
    </message>
    <message>
        <source>Technical details of the test</source>
        <translation>確認結果の技術的な詳細</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続を確認しています…</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>エンドポイント</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>リージョン</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Certificate file</source>
        <translation>証明書ファイル</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>所要時間</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 秒</translation>
    </message>
    <message>
        <source>Certificate presented by</source>
        <translation>提示された証明書の発行者</translation>
    </message>
    <message>
        <source>Error type</source>
        <translation>エラーの種類</translation>
    </message>
    <message>
        <source>Error code</source>
        <translation>エラー コード</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>エラー</translation>
    </message>
    <message>
        <source>Reply</source>
        <translation>応答</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Hide details</source>
        <translation>詳細を隠す</translation>
    </message>
</context>
<context>
    <name>Configure</name>
    <message>
        <source>Write the merged bundle (certificate file) %1</source>
        <translation>統合バンドル（証明書ファイル）%1 を書き込む</translation>
    </message>
    <message>
        <source>Write your organisation&apos;s certificates for Node.js to %1</source>
        <translation>Node.js 用に組織の証明書を %1 に書き込む</translation>
    </message>
    <message>
        <source>Set ca_bundle in the AWS config file %1 (profiles: %2)</source>
        <translation>AWS の設定ファイル %1 に ca_bundle を設定する（プロファイル：%2）</translation>
    </message>
    <message>
        <source>Set cert in the pip settings file %1</source>
        <translation>pip の設定ファイル %1 に cert を設定する</translation>
    </message>
    <message>
        <source>Set cafile in the npm settings file %1</source>
        <translation>npm の設定ファイル %1 に cafile を設定する</translation>
    </message>
    <message>
        <source>Set http.sslCAInfo in the git settings file %1</source>
        <translation>git の設定ファイル %1 に http.sslCAInfo を設定する</translation>
    </message>
    <message>
        <source>Set environment variables for new sign-ins in %1</source>
        <translation>次回のサインインから使う環境変数を %1 に設定する</translation>
    </message>
    <message>
        <source>Set environment variables for new terminals in %1</source>
        <translation>新しく開くターミナルで使う環境変数を %1 に設定する</translation>
    </message>
    <message>
        <source>Set the user environment variable %1</source>
        <translation>ユーザー環境変数 %1 を設定する</translation>
    </message>
    <message>
        <source>Remove %1, which turns off certificate verification, from %2</source>
        <translation>証明書の検証を無効化する %1 を %2 から削除する</translation>
    </message>
    <message>
        <source>Remove strict-ssl=false, which turns off certificate verification, from %1</source>
        <translation>証明書の検証を無効化する strict-ssl=false を %1 から削除する</translation>
    </message>
    <message>
        <source>Remove http.sslVerify=false, which turns off certificate verification, from %1</source>
        <translation>証明書の検証を無効化する http.sslVerify=false を %1 から削除する</translation>
    </message>
    <message>
        <source>Remove a trusted-host entry from %1</source>
        <translation>%1 から trusted-host の設定を削除する</translation>
    </message>
    <message>
        <source>%1: not changed. git uses the Windows certificate store (schannel), which already includes certificates your IT department installed.</source>
        <translation>%1：変更しません。git は Windows の証明書ストア（schannel）を使っており、情報システム部門が入れた証明書はすでに含まれています。</translation>
    </message>
    <message>
        <source>%1: not changed, because the program is not installed.</source>
        <translation>%1：プログラムがインストールされていないため、変更しません。</translation>
    </message>
    <message>
        <source>%1: not changed, because %2 could not be read. Fix or rename that file, then try again.</source>
        <translation>%1：%2 を読み込めないため、変更しません。そのファイルを直すか名前を変えてから、もう一度試してください。</translation>
    </message>
    <message>
        <source>%1: not changed, because your .npmrc contains a “ca” entry. Ask your IT helpdesk to remove it.</source>
        <translation>%1：.npmrc に「ca」の設定があるため、変更しません。情報システム部門（ヘルプデスク）に削除を依頼してください。</translation>
    </message>
    <message>
        <source>%1: the setting %2 turns off certificate verification, but it is not in a file TrustDesk can change. Ask your IT helpdesk to remove it.</source>
        <translation>%1：設定 %2 は証明書の検証を無効化しますが、TrustDesk が変更できるファイルにはありません。情報システム部門（ヘルプデスク）に削除を依頼してください。</translation>
    </message>
    <message>
        <source>%1: TrustDesk cannot set up this tool.</source>
        <translation>%1：TrustDesk はこのツールを設定できません。</translation>
    </message>
    <message>
        <source>Restart these programs so they use the new settings:</source>
        <translation>新しい設定を使うには、次のプログラムを再起動してください：</translation>
    </message>
    <message>
        <source>• every open terminal or command prompt</source>
        <translation>• 開いているすべてのターミナルやコマンド プロンプト</translation>
    </message>
    <message>
        <source>• code editors such as VS Code and PyCharm</source>
        <translation>• VS Code や PyCharm などのコードエディター</translation>
    </message>
    <message>
        <source>• programs started from the desktop: sign out and sign in again</source>
        <translation>• デスクトップから起動したプログラム：サインアウトしてからもう一度サインインしてください</translation>
    </message>
    <message>
        <source>• running Node.js programs</source>
        <translation>• 実行中の Node.js のプログラム</translation>
    </message>
    <message>
        <source>• running Python programs and notebooks</source>
        <translation>• 実行中の Python のプログラムとノートブック</translation>
    </message>
    <message>
        <source>The change to %1 failed: %2. The changes made before it are kept and can be undone.</source>
        <translation>%1 の変更に失敗しました：%2。それより前の変更はそのまま残っており、元に戻せます。</translation>
    </message>
    <message>
        <source>%n change(s) applied.</source>
        <translation>%n 件の変更を反映しました。</translation>
    </message>
    <message>
        <source>Nothing was changed: everything chosen was already set up.</source>
        <translation>何も変更しませんでした。選んだものはすべて設定済みです。</translation>
    </message>
    <message>
        <source>✔ %1 now trusts your organisation&apos;s certificate.</source>
        <translation>✔ %1 は組織のルート証明書を信頼するようになりました。</translation>
    </message>
    <message>
        <source>✖ %1 does not trust your organisation&apos;s certificate yet.</source>
        <translation>✖ %1 はまだ組織のルート証明書を信頼していません。</translation>
    </message>
    <message>
        <source>%n change(s) undone.</source>
        <translation>%n 件の変更を元に戻しました。</translation>
    </message>
    <message>
        <source>%1 was changed after TrustDesk changed it, so it was left as it is. Undo newer changes first, or edit the file by hand.</source>
        <translation>%1 は TrustDesk の変更の後に書き換えられたため、そのままにしました。新しい変更から先に元に戻すか、ファイルを手で直してください。</translation>
    </message>
    <message>
        <source>Undoing the change to %1 failed: %2. Try again, or ask your IT helpdesk.</source>
        <translation>%1 の変更を元に戻せませんでした：%2。もう一度試すか、情報システム部門（ヘルプデスク）に連絡してください。</translation>
    </message>
    <message>
        <source>Nothing to undo.</source>
        <translation>元に戻す変更はありません。</translation>
    </message>
    <message>
        <source>The journal is empty: TrustDesk has not changed any settings yet.</source>
        <translation>記録は空です。TrustDesk はまだ設定を変更していません。</translation>
    </message>
    <message>
        <source>Import your organisation&apos;s root certificate first, then apply the settings.</source>
        <translation>先に組織のルート証明書を取り込んでから、設定を反映してください。</translation>
    </message>
    <message>
        <source>TrustDesk&apos;s data folder has a name that cannot be written into an environment variable safely. Ask your IT helpdesk.</source>
        <translation>TrustDesk のデータフォルダーの名前は、環境変数に安全に書き込めません。情報システム部門（ヘルプデスク）に連絡してください。</translation>
    </message>
    <message>
        <source>The merged bundle could not be built. Try again, or ask your IT helpdesk.</source>
        <translation>統合バンドルを作成できませんでした。もう一度試すか、情報システム部門（ヘルプデスク）に連絡してください。</translation>
    </message>
    <message>
        <source>TrustDesk&apos;s list of changes could not be read (%1). Ask your IT helpdesk.</source>
        <translation>TrustDesk の変更記録を読み込めませんでした（%1）。情報システム部門（ヘルプデスク）に連絡してください。</translation>
    </message>
    <message>
        <source>applied</source>
        <translation>反映済み</translation>
    </message>
    <message>
        <source>undone</source>
        <translation>元に戻しました</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>失敗</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>中断</translation>
    </message>
    <message>
        <source>Planned changes (nothing has been written yet):</source>
        <translation>予定している変更（まだ何も書き込んでいません）：</translation>
    </message>
    <message>
        <source>Nothing to change: every chosen tool is already set up.</source>
        <translation>変更はありません。選んだツールはすべて設定済みです。</translation>
    </message>
    <message>
        <source>Changes marked “needs your consent” remove a setting that turns off certificate verification. They are applied only when you choose them (--fix-insecure on the command line).</source>
        <translation>「同意が必要」と書かれた変更は、証明書の検証を無効化する設定を削除します。あなたが選んだときだけ反映します（コマンドラインでは --fix-insecure）。</translation>
    </message>
    <message>
        <source>(needs your consent)</source>
        <translation>（同意が必要）</translation>
    </message>
    <message>
        <source>No change with the ID %1 is in the journal.</source>
        <translation>ID %1 の変更は記録にありません。</translation>
    </message>
    <message>
        <source>%1 is not a tool TrustDesk can set up. Choose from: %2.</source>
        <translation>%1 は TrustDesk が設定できるツールではありません。次から選んでください：%2。</translation>
    </message>
</context>
<context>
    <name>Console</name>
    <message>
        <source>root certificate</source>
        <translation>ルート証明書</translation>
    </message>
    <message>
        <source>intermediate certificate</source>
        <translation>中間証明書</translation>
    </message>
    <message>
        <source>server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>  block %1: private key (not copied)</source>
        <translation>  ブロック %1：秘密キー（コピーしていません）</translation>
    </message>
    <message>
        <source>  block %1: rejected: %2</source>
        <translation>  ブロック %1：読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>  block %1: %2, %3, SHA-256 %4</source>
        <translation>  ブロック %1：%2、%3、SHA-256 %4</translation>
    </message>
    <message>
        <source> (OpenSSL trust settings dropped)</source>
        <translation>（OpenSSL の信頼設定は取り除きました）</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>エンドポイント：%1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>Proxy: %1</source>
        <translation>プロキシ：%1</translation>
    </message>
    <message>
        <source>Certificate file: %1</source>
        <translation>証明書ファイル：%1</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>所要時間：%1 秒</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー：%1</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>No certificate could be imported from %1.</source>
        <translation>%1 から証明書をインポートできませんでした。</translation>
    </message>
    <message>
        <source>The merged bundle could not be written: %1</source>
        <translation>統合バンドルを書き込めませんでした: %1</translation>
    </message>
    <message>
        <source>Merged bundle written to %1 (public roots: %2, organisation certificates: %3).</source>
        <translation>統合バンドルを %1 に書き込みました（公開ルート証明書: %2 件、組織の証明書: %3 件）。</translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>TrustDesk ran into a problem</source>
        <translation>TrustDesk で問題が発生しました</translation>
    </message>
    <message>
        <source>Something went wrong inside TrustDesk. Your files and settings are unchanged. Press “Copy” and send the text to your IT helpdesk, then restart TrustDesk if it does not respond.</source>
        <translation>TrustDesk の内部で問題が発生しました。ファイルと設定は変更されていません。「コピー」を押して、この内容を情報システム部門（ヘルプデスク）に送ってください。TrustDesk が応答しない場合は、起動し直してください。</translation>
    </message>
    <message>
        <source>Problem report</source>
        <translation>問題のレポート</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>コピー(&amp;C)</translation>
    </message>
    <message>
        <source>Copy the problem report</source>
        <translation>問題のレポートをコピー</translation>
    </message>
</context>
<context>
    <name>DetailsPanel</name>
    <message>
        <source>Certificate details</source>
        <translation>証明書の詳細</translation>
    </message>
    <message>
        <source>Select a certificate to see its details.</source>
        <translation>証明書を選ぶと、ここに詳細が表示されます。</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>Issued to (subject)</source>
        <translation>発行先 (サブジェクト)</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>発行先</translation>
    </message>
    <message>
        <source>Issuer</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Extensions of this certificate</source>
        <translation>この証明書の拡張機能</translation>
    </message>
    <message>
        <source>Extensions</source>
        <translation>拡張機能</translation>
    </message>
    <message>
        <source>Validation</source>
        <translation>検証</translation>
    </message>
    <message>
        <source>Copy PEM</source>
        <translation>PEM をコピー</translation>
    </message>
    <message>
        <source>Copy this certificate as PEM text (never a private key).</source>
        <translation>この証明書を PEM 形式のテキストとしてコピーします（秘密キーはコピーしません）。</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Save this certificate alone as a PEM file.</source>
        <translation>この証明書だけを PEM ファイルとして保存します。</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Issued to</source>
        <translation>発行先</translation>
    </message>
    <message>
        <source>Issued by</source>
        <translation>発行者</translation>
    </message>
    <message>
        <source>Valid from</source>
        <translation>有効期間の開始</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256)</source>
        <translation>拇印 (SHA-256)</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-1)</source>
        <translation>拇印 (SHA-1)</translation>
    </message>
    <message>
        <source>Serial number</source>
        <translation>シリアル番号</translation>
    </message>
    <message>
        <source>Public key</source>
        <translation>公開キー</translation>
    </message>
    <message>
        <source>Signature algorithm</source>
        <translation>署名アルゴリズム</translation>
    </message>
    <message>
        <source>Show issuer</source>
        <translation>発行者を表示</translation>
    </message>
    <message>
        <source>Show the details of the certificate that issued this one.</source>
        <translation>この証明書を発行した証明書の詳細を表示します。</translation>
    </message>
    <message>
        <source>Issued by (issuer)</source>
        <translation>発行者 (イシュア)</translation>
    </message>
    <message>
        <source>Expired on %1</source>
        <translation>有効期限切れ（%1）</translation>
    </message>
    <message>
        <source>Not valid yet: valid from %1</source>
        <translation>まだ有効ではありません。有効期間の開始: %1</translation>
    </message>
    <message>
        <source>Valid until %1</source>
        <translation>有効です。有効期限: %1</translation>
    </message>
    <message>
        <source>Root certificate: it is trusted on its own.</source>
        <translation>ルート証明書です。この証明書だけで信頼されます。</translation>
    </message>
    <message>
        <source>Complete chain up to the imported root certificate %1.</source>
        <translation>インポート済みのルート証明書 %1 まで証明書チェーンがつながっています。</translation>
    </message>
    <message>
        <source>Incomplete chain: the root certificate that issued it is not imported.</source>
        <translation>証明書チェーンが不完全です。この証明書を発行したルート証明書がインポートされていません。</translation>
    </message>
    <message>
        <source>Fails strict checks: Python 3.13 and later, requests and pip reject connections through it.</source>
        <translation>厳格な検証に通りません。Python 3.13 以降、requests、pip はこの証明書を経由する接続を拒否します。</translation>
    </message>
    <message>
        <source>Passes the strict checks of Python 3.13 and later.</source>
        <translation>Python 3.13 以降の厳格な検証に通ります。</translation>
    </message>
    <message>
        <source>This certificate issued itself (self-signed).</source>
        <translation>この証明書は自分自身で発行されています（自己署名）。</translation>
    </message>
    <message>
        <source>The issuer %1 is among your imported certificates.</source>
        <translation>発行者 %1 はインポート済みの証明書にあります。</translation>
    </message>
    <message>
        <source>The issuer is not among your imported certificates.</source>
        <translation>発行者はインポート済みの証明書にありません。</translation>
    </message>
    <message>
        <source>Problems found. Tools may reject this certificate.</source>
        <translation>問題が見つかりました。ツールがこの証明書を拒否する可能性があります。</translation>
    </message>
    <message>
        <source>No problem that stops tools; see the notes below.</source>
        <translation>ツールが止まる問題はありません。下の補足を確認してください。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>クリップボードにコピーしました。</translation>
    </message>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>ファイル %1 に書き込めませんでした: %2</translation>
    </message>
    <message>
        <source>Saved to %1.</source>
        <translation>%1 に保存しました。</translation>
    </message>
    <message>
        <source>Root certificate</source>
        <translation>ルート証明書</translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation>中間証明書</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1、%2 ビット</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Certificate files (*.pem *.crt *.cer *.der *.txt *.p7b *.p7c *.pfx *.p12)</source>
        <translation>証明書ファイル (*.pem *.crt *.cer *.der *.txt *.p7b *.p7c *.pfx *.p12)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>すべてのファイル (*)</translation>
    </message>
    <message>
        <source>Import organisation certificate</source>
        <translation>組織の証明書をインポート</translation>
    </message>
    <message>
        <source>TrustDesk %1

Makes developer tools trust your organisation&apos;s root certificate behind a proxy that inspects HTTPS traffic, without ever turning off certificate verification.</source>
        <translation>TrustDesk %1

HTTPS 通信を検査するプロキシを使う環境で、開発ツールが組織のルート証明書を信頼できるようにします。証明書の検証を止めることはありません。</translation>
    </message>
    <message>
        <source>About TrustDesk</source>
        <translation>TrustDesk について</translation>
    </message>
    <message>
        <source>The password did not open %1. Enter it again:</source>
        <translation>このパスワードでは %1 を開けませんでした。もう一度入力してください：</translation>
    </message>
    <message>
        <source>%1 is protected by a password. Enter the password you received with the file:</source>
        <translation>%1 はパスワードで保護されています。ファイルと一緒に受け取ったパスワードを入力してください：</translation>
    </message>
    <message>
        <source>Password for the certificate file</source>
        <translation>証明書ファイルのパスワード</translation>
    </message>
    <message>
        <source>Export certificate</source>
        <translation>証明書のエクスポート</translation>
    </message>
    <message>
        <source>PEM certificate (*.pem *.crt)</source>
        <translation>PEM 形式の証明書 (*.pem *.crt)</translation>
    </message>
</context>
<context>
    <name>Findings</name>
    <message>
        <source>Its basic constraints are not marked critical. Strict certificate checks reject every connection that depends on this certificate.</source>
        <translation>基本制限が「重要」に設定されていません。厳格な証明書の検証では、この証明書に依存するすべての接続が拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with its basic constraints marked critical.</source>
        <translation>基本制限を「重要」に設定して証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>This certificate authority has no key usage. Strict certificate checks reject every connection that depends on it.</source>
        <translation>この認証局 (CA) の証明書にはキー使用法がありません。厳格な証明書の検証では、この証明書に依存するすべての接続が拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with a key usage that allows signing certificates (keyCertSign).</source>
        <translation>証明書への署名を許可するキー使用法 (keyCertSign) を付けて証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>This certificate authority has no Subject Key Identifier. Strict certificate checks reject every connection that depends on it.</source>
        <translation>この認証局 (CA) の証明書にはサブジェクト キー識別子がありません。厳格な証明書の検証では、この証明書に依存するすべての接続が拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with a Subject Key Identifier.</source>
        <translation>サブジェクト キー識別子を付けて証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>It does not name the key of the certificate that issued it (Authority Key Identifier). Strict certificate checks reject it.</source>
        <translation>発行元の証明書のキーが示されていません（機関キー識別子）。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with an Authority Key Identifier.</source>
        <translation>機関キー識別子を付けて証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its Authority Key Identifier is marked critical, which the standard does not allow. Tools that use OpenSSL reject it.</source>
        <translation>機関キー識別子が「重要」に設定されていますが、これは規格で認められていません。OpenSSL を使うツールは拒否します。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with the Authority Key Identifier not marked critical.</source>
        <translation>機関キー識別子を「重要」にせずに証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its Subject Key Identifier is marked critical, which the standard does not allow. Tools that use OpenSSL reject it.</source>
        <translation>サブジェクト キー識別子が「重要」に設定されていますが、これは規格で認められていません。OpenSSL を使うツールは拒否します。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with the Subject Key Identifier not marked critical.</source>
        <translation>サブジェクト キー識別子を「重要」にせずに証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>It limits the length of the certificate chain but is not allowed to sign certificates (no keyCertSign). Strict certificate checks reject it.</source>
        <translation>証明書チェーンの長さを制限していますが、証明書への署名が許可されていません (keyCertSign なし)。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with keyCertSign in its key usage.</source>
        <translation>キー使用法に keyCertSign を含めて証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its key usage allows signing certificates, but it is not marked as a certificate authority. Strict certificate checks reject it.</source>
        <translation>キー使用法では証明書への署名が許可されていますが、認証局 (CA) として設定されていません。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue it either as a certificate authority or without keyCertSign.</source>
        <translation>認証局 (CA) として、または keyCertSign なしで再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>It limits the length of the certificate chain although it is not a certificate authority. Strict certificate checks reject it.</source>
        <translation>認証局 (CA) ではないのに証明書チェーンの長さを制限しています。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate without the path length limit.</source>
        <translation>パスの長さの制限なしで証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its subject (the “Issued to” name) is empty. Strict certificate checks reject it.</source>
        <translation>発行先の名前（サブジェクト）が空です。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with a subject name.</source>
        <translation>発行先の名前を付けて証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its subject is empty and its alternative names are not marked critical. Strict certificate checks reject it.</source>
        <translation>発行先の名前が空で、別名が「重要」に設定されていません。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with a subject name, or with its alternative names marked critical.</source>
        <translation>発行先の名前を付けるか、別名を「重要」に設定して証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its issuer (the “Issued by” name) is empty. Strict certificate checks reject it.</source>
        <translation>発行者の名前が空です。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for a correctly issued certificate.</source>
        <translation>正しく発行された証明書を情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>It has a list of alternative names, but the list is empty. Strict certificate checks reject it.</source>
        <translation>別名の一覧がありますが、中身が空です。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate without the empty list of alternative names.</source>
        <translation>空の別名一覧を除いて証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>It names two different signature algorithms, one inside and one outside its signed part. Strict certificate checks reject it.</source>
        <translation>署名された部分の内側と外側で、異なる署名アルゴリズムが書かれています。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>It is a version %1 certificate with extensions, which only version 3 allows. Strict certificate checks reject it.</source>
        <translation>バージョン %1 の証明書に拡張機能が付いていますが、拡張機能はバージョン 3 でのみ認められています。厳格な証明書の検証では拒否されます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue it as a version 3 certificate.</source>
        <translation>バージョン 3 の証明書として再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>It is an old version 1 root certificate without basic constraints. Strict certificate checks do not accept it as a certificate authority.</source>
        <translation>基本制限のない古いバージョン 1 のルート証明書です。厳格な証明書の検証では認証局 (CA) として認められません。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for a current (version 3) organisation root certificate.</source>
        <translation>現在の（バージョン 3 の）組織のルート証明書を情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>It has no basic constraints, so tools cannot tell that it is a certificate authority.</source>
        <translation>基本制限がないため、ツールはこれが認証局 (CA) だと判断できません。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to reissue the certificate with basic constraints that mark it as a certificate authority, marked critical.</source>
        <translation>認証局 (CA) であることを示す基本制限を「重要」に設定して証明書を再発行するよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its key usage does not allow signing certificates (keyCertSign), so tools do not accept it as a certificate authority.</source>
        <translation>キー使用法で証明書への署名 (keyCertSign) が許可されていないため、ツールは認証局 (CA) として認めません。</translation>
    </message>
    <message>
        <source>It is signed with %1, a method that is no longer considered secure.</source>
        <translation>%1 で署名されています。この方式は現在では安全とみなされていません。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for a certificate signed with SHA-256 or stronger.</source>
        <translation>SHA-256 以上で署名された証明書を情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its RSA key has only %1 bits. Python tools require at least 2048 bits and reject it.</source>
        <translation>RSA キーが %1 ビットしかありません。Python のツールは 2048 ビット以上を必要とするため拒否します。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for a certificate with an RSA key of 2048 bits or more.</source>
        <translation>2048 ビット以上の RSA キーを持つ証明書を情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its key type (%1) is unusual. Some tools may not support it.</source>
        <translation>キーの種類 (%1) が一般的ではありません。対応していないツールがある可能性があります。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk whether the certificate is also available with an RSA or P-256 key.</source>
        <translation>RSA キーまたは P-256 キーの証明書も用意できるか、情報システム部門（ヘルプデスク）に確認してください。</translation>
    </message>
    <message>
        <source>This certificate expired on %1. Tools reject every connection that depends on it.</source>
        <translation>この証明書は %1 に有効期限が切れています。ツールはこの証明書に依存するすべての接続を拒否します。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for the current organisation root certificate.</source>
        <translation>現在有効な組織のルート証明書を情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>This certificate is valid only from %1. Tools reject connections that depend on it until then.</source>
        <translation>この証明書は %1 から有効になります。それまでは、ツールはこの証明書に依存する接続を拒否します。</translation>
    </message>
    <message>
        <source>Check that your computer&apos;s date and time are right. If they are, ask your IT helpdesk when the certificate takes effect.</source>
        <translation>コンピューターの日付と時刻が正しいか確認してください。正しい場合は、証明書がいつから有効になるか情報システム部門（ヘルプデスク）に確認してください。</translation>
    </message>
    <message>
        <source>This certificate expires in %1 days, on %2.</source>
        <translation>この証明書はあと %1 日（%2）で有効期限が切れます。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for its replacement before it expires.</source>
        <translation>有効期限が切れる前に、新しい証明書を情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>This is not a certificate authority, so it cannot make other connections trusted.</source>
        <translation>これは認証局 (CA) の証明書ではないため、ほかの接続を信頼させることはできません。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for the organisation root certificate instead of this server certificate.</source>
        <translation>このサーバー証明書ではなく、組織のルート証明書を情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>This is an intermediate certificate and its root certificate is missing. Trusting only the intermediate certificate fails in many tools.</source>
        <translation>これは中間証明書で、ルート証明書がありません。中間証明書だけを信頼しても、多くのツールでは接続できません。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for the root certificate that issued it: %1.</source>
        <translation>この証明書を発行したルート証明書（%1）を情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>This root certificate is already among the public root certificates that tools trust. Adding it changes nothing.</source>
        <translation>このルート証明書は、ツールが信頼する公開ルート証明書にすでに含まれています。追加しても何も変わりません。</translation>
    </message>
    <message>
        <source>Nothing to ask for.</source>
        <translation>依頼することはありません。</translation>
    </message>
    <message>
        <source>It has the same name as the public root certificate “%1” but a different key. It may be an impostor.</source>
        <translation>公開ルート証明書「%1」と同じ名前ですが、キーが異なります。なりすましの可能性があります。</translation>
    </message>
    <message>
        <source>Do not use it. Report it to your IT helpdesk and ask whether it is genuine. The real public root has the fingerprint (SHA-256) %2.</source>
        <translation>使用しないでください。情報システム部門（ヘルプデスク）に報告し、本物かどうか確認してください。本物の公開ルート証明書の拇印 (SHA-256) は %2 です。</translation>
    </message>
    <message>
        <source>Its serial number (%1) is zero or negative, which the standard does not allow. It works today, but future versions of some tools may reject it.</source>
        <translation>シリアル番号 (%1) が 0 または負の値で、規格で認められていません。現在は動作しますが、将来のバージョンのツールでは拒否される可能性があります。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to give it a positive serial number when the certificate is renewed.</source>
        <translation>証明書を更新するときに正のシリアル番号を付けるよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Its serial number is %1 bytes long; the standard allows at most 20. Some tools may reject it.</source>
        <translation>シリアル番号が %1 バイトあります。規格では 20 バイトまでです。拒否するツールがある可能性があります。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to give it a shorter serial number when the certificate is renewed.</source>
        <translation>証明書を更新するときにシリアル番号を短くするよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>It contains the extension %1 more than once, which the standard does not allow. Tools may reject it.</source>
        <translation>拡張機能 %1 が複数回含まれていますが、これは規格で認められていません。ツールが拒否する可能性があります。</translation>
    </message>
    <message>
        <source>Its date in the year %1 is stored in a form the standard does not allow for that year (%2). Some tools may reject it.</source>
        <translation>%1 年の日付が、その年には規格で認められていない形式 (%2) で保存されています。拒否するツールがある可能性があります。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk to correct the dates when the certificate is renewed.</source>
        <translation>証明書を更新するときに日付の形式を直すよう、情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>Some of its extensions cannot be read (%1). Tools may reject it or ignore parts of it.</source>
        <translation>一部の拡張機能を読み取れません (%1)。ツールが拒否するか、一部を無視する可能性があります。</translation>
    </message>
    <message>
        <source>A problem was found: %1.</source>
        <translation>問題が見つかりました: %1。</translation>
    </message>
    <message>
        <source>Send the details to your IT helpdesk.</source>
        <translation>詳細を情報システム部門（ヘルプデスク）に送ってください。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>情報</translation>
    </message>
    <message>
        <source>Python 3.12 and earlier</source>
        <translation>Python 3.12 以前</translation>
    </message>
    <message>
        <source>Python 3.13 and later</source>
        <translation>Python 3.13 以降</translation>
    </message>
    <message>
        <source>No tool rejects it today.</source>
        <translation>現在、これを理由に拒否するツールはありません。</translation>
    </message>
    <message>
        <source>Affected tools: all of them (Python, boto3, the AWS CLI, Node.js, curl, git).</source>
        <translation>影響するツール: すべて (Python、boto3、AWS CLI、Node.js、curl、git)</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Affected tools: %1</source>
        <translation>影響するツール: %1</translation>
    </message>
</context>
<context>
    <name>HelpMenu</name>
    <message>
        <source>Open &amp;log folder</source>
        <translation>ログ フォルダーを開く(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Copy helpdesk report</source>
        <translation>ヘルプデスク用レポートをコピー(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Save helpdesk report…</source>
        <translation>ヘルプデスク用レポートを保存(&amp;S)…</translation>
    </message>
    <message>
        <source>The log folder could not be opened. It is here: %1</source>
        <translation>ログ フォルダーを開けませんでした。場所は次のとおりです：%1</translation>
    </message>
</context>
<context>
    <name>ImportSummary</name>
    <message>
        <source>Root certificate</source>
        <translation>ルート証明書</translation>
    </message>
    <message>
        <source>Intermediate certificate</source>
        <translation>中間証明書</translation>
    </message>
    <message>
        <source>Server certificate</source>
        <translation>サーバー証明書</translation>
    </message>
</context>
<context>
    <name>ImportSummaryDialog</name>
    <message>
        <source>Check before importing</source>
        <translation>インポートする前に確認</translation>
    </message>
    <message numerus="yes">
        <source>%n certificate(s) found in %1 file(s). Nothing is added until you press “Import”.</source>
        <translation>
            <numerusform>%1 個のファイルに %n 件の証明書が見つかりました。「インポート」を押すまで何も追加されません。</numerusform>
        </translation>
    </message>
    <message>
        <source>Import</source>
        <translation>インポート</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>No password was entered, so nothing is imported from this file.</source>
        <translation>パスワードが入力されなかったため、このファイルからは何もインポートしません。</translation>
    </message>
    <message>
        <source>Part %1: private key. It will not be copied.</source>
        <translation>パート %1: 秘密キーです。コピーしません。</translation>
    </message>
    <message>
        <source>Part %1 is not a certificate (%2) and will be skipped.</source>
        <translation>パート %1 は証明書ではない (%2) ため、スキップします。</translation>
    </message>
    <message>
        <source>Part %1 is damaged and will be skipped. Reason: %2</source>
        <translation>パート %1 は壊れているため、スキップします。理由: %2</translation>
    </message>
    <message>
        <source>Part %1: %2 – %3</source>
        <translation>パート %1: %2 – %3</translation>
    </message>
    <message>
        <source>Issued to: %1</source>
        <translation>発行先: %1</translation>
    </message>
    <message>
        <source>Valid from %1 to %2</source>
        <translation>有効期間: %1 から %2 まで</translation>
    </message>
    <message>
        <source>Already imported; importing it again changes nothing.</source>
        <translation>インポート済みです。もう一度インポートしても何も変わりません。</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Include part %1 anyway (TrustDesk cannot show its details)</source>
        <translation>パート %1 もインポートする（TrustDesk では詳細を表示できません）</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>理由: %1</translation>
    </message>
</context>
<context>
    <name>Inspect</name>
    <message>
        <source>%1 (format: %2)</source>
        <translation>%1 (形式: %2)</translation>
    </message>
    <message>
        <source>    Issued to: %1</source>
        <translation>    発行先: %1</translation>
    </message>
    <message>
        <source>    Issued by: %1</source>
        <translation>    発行者: %1</translation>
    </message>
    <message>
        <source>    Valid from %1 to %2 (UTC)</source>
        <translation>    有効期間: %1 から %2 まで (UTC)</translation>
    </message>
    <message>
        <source>    Fingerprint (SHA-256): %1</source>
        <translation>    拇印 (SHA-256): %1</translation>
    </message>
    <message>
        <source>    Serial number: %1 (hex %2)</source>
        <translation>    シリアル番号: %1 (16 進数 %2)</translation>
    </message>
    <message>
        <source>    Public key: %1; signature: %2</source>
        <translation>    公開キー: %1、署名: %2</translation>
    </message>
    <message>
        <source>    [%1] %2</source>
        <translation>    [%1] %2</translation>
    </message>
    <message>
        <source>    No problems found.</source>
        <translation>    問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>  block %1: certificate that OpenSSL reads but TrustDesk cannot show (%2)</source>
        <translation>  ブロック %1: OpenSSL では読めるが TrustDesk では表示できない証明書 (%2)</translation>
    </message>
    <message>
        <source>Give the password with --password-file FILE (the password on its first line).</source>
        <translation>パスワードは --password-file FILE で指定してください（ファイルの 1 行目にパスワードを書きます）。</translation>
    </message>
    <message>
        <source>The password file %1 could not be read: %2</source>
        <translation>パスワード ファイル %1 を読み取れませんでした: %2</translation>
    </message>
    <message>
        <source>%n certificate(s) in %1 file(s); certificates with problems: %2.</source>
        <translation>%1 個のファイルに %n 件の証明書。問題のある証明書: %2 件。</translation>
    </message>
</context>
<context>
    <name>InspectText</name>
    <message>
        <source>Invalid host: %1. Type a host name, optionally followed by a colon and a port.</source>
        <translation>ホスト名が正しくありません: %1。ホスト名を入力してください（必要ならコロンに続けてポート番号も入力します）。</translation>
    </message>
    <message>
        <source>public root certificates (certifi)</source>
        <translation>公開ルート証明書（certifi）</translation>
    </message>
    <message>
        <source>the OS certificate store</source>
        <translation>OS の証明書ストア</translation>
    </message>
    <message>
        <source>the merged bundle</source>
        <translation>統合バンドル</translation>
    </message>
    <message>
        <source>Inspection cancelled</source>
        <translation>調べるのを中止しました</translation>
    </message>
    <message>
        <source>The proxy&apos;s own certificate is faulty</source>
        <translation>プロキシ自身の証明書に問題があります</translation>
    </message>
    <message>
        <source>Send the details to your IT helpdesk: the proxy&apos;s certificate settings must be fixed. No certificate file on this computer can fix it.</source>
        <translation>詳細を情報システム部門（ヘルプデスク）に送ってください。プロキシの証明書の設定を直す必要があります。このパソコンの証明書ファイルでは直せません。</translation>
    </message>
    <message>
        <source>Every tool checked accepts this connection as it is set up now.</source>
        <translation>確認したすべてのツールが、今の設定のままでこの接続を信頼します。</translation>
    </message>
    <message>
        <source>Every tool checked accepts this connection with the merged bundle.</source>
        <translation>確認したすべてのツールが、統合バンドルを使えばこの接続を信頼します。</translation>
    </message>
    <message>
        <source>The connection is trusted</source>
        <translation>この接続は信頼されています</translation>
    </message>
    <message>
        <source>Some tools will not trust this connection</source>
        <translation>この接続を信頼しないツールがあります</translation>
    </message>
    <message>
        <source>The certificate presented is not trusted.</source>
        <translation>受け取った証明書は信頼されていません。</translation>
    </message>
    <message>
        <source>no proxy</source>
        <translation>プロキシなし</translation>
    </message>
    <message>
        <source>The proxy refused the connection</source>
        <translation>プロキシが接続を拒否しました</translation>
    </message>
    <message>
        <source>Nothing answers at the proxy address %1.</source>
        <translation>プロキシのアドレス %1 から応答がありません。</translation>
    </message>
    <message>
        <source>Check that you are on the office network or VPN, and that the proxy address is right.</source>
        <translation>社内ネットワークまたは VPN に接続しているか、プロキシのアドレスが正しいかを確認してください。</translation>
    </message>
    <message>
        <source>The proxy did not answer</source>
        <translation>プロキシが応答しません</translation>
    </message>
    <message>
        <source>The proxy %1 accepted the connection but did not answer in time.</source>
        <translation>プロキシ %1 は接続を受け付けましたが、時間内に応答しませんでした。</translation>
    </message>
    <message>
        <source>Try again in a few minutes. If it keeps happening, contact your IT helpdesk.</source>
        <translation>数分後にもう一度お試しください。何度も起きる場合は情報システム部門（ヘルプデスク）に連絡してください。</translation>
    </message>
    <message>
        <source>The proxy could not reach the server</source>
        <translation>プロキシがサーバーに接続できませんでした</translation>
    </message>
    <message>
        <source>The proxy %1 answered with error %2 for %3. This usually means the proxy could not find the server&apos;s name or is not allowed to connect to it.</source>
        <translation>プロキシ %1 は %3 についてエラー %2 を返しました。多くの場合、プロキシがサーバーの名前を見つけられないか、接続を許可されていないことを意味します。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk whether the proxy allows connections to this host.</source>
        <translation>このホストへの接続がプロキシで許可されているか、情報システム部門（ヘルプデスク）に確認してください。</translation>
    </message>
    <message>
        <source>The name could not be found</source>
        <translation>名前が見つかりません</translation>
    </message>
    <message>
        <source>The name in %1 could not be resolved on this computer.</source>
        <translation>%1 の名前をこのパソコンで解決できませんでした。</translation>
    </message>
    <message>
        <source>Check the host name and your network connection.</source>
        <translation>ホスト名とネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>%1 did not complete the secure connection in time.</source>
        <translation>%1 との安全な接続が時間内に完了しませんでした。</translation>
    </message>
    <message>
        <source>The connection was cut</source>
        <translation>接続が切断されました</translation>
    </message>
    <message>
        <source>The secure connection to %1 was closed or reset before it was set up. A firewall or the proxy may be blocking it.</source>
        <translation>%1 との安全な接続が、確立する前に切断されました。ファイアウォールまたはプロキシが遮断している可能性があります。</translation>
    </message>
    <message>
        <source>Send the details to your IT helpdesk.</source>
        <translation>詳細を情報システム部門（ヘルプデスク）に送ってください。</translation>
    </message>
    <message>
        <source>Could not connect</source>
        <translation>接続できませんでした</translation>
    </message>
    <message>
        <source>The connection to %1 could not be opened.</source>
        <translation>%1 に接続できませんでした。</translation>
    </message>
    <message>
        <source>Check the host name, the port and your network connection.</source>
        <translation>ホスト名、ポート番号、ネットワーク接続を確認してください。</translation>
    </message>
    <message>
        <source>The secure connection failed</source>
        <translation>安全な接続に失敗しました</translation>
    </message>
    <message>
        <source>The secure connection to %1 could not be set up.</source>
        <translation>%1 との安全な接続を確立できませんでした。</translation>
    </message>
    <message>
        <source>This connection is not inspected: it leads to a public root certificate.</source>
        <translation>この接続は検査されていません。公開ルート証明書につながっています。</translation>
    </message>
    <message>
        <source>This network inspects HTTPS traffic. The certificate you receive was issued by “%1”, not by the website&apos;s own certificate authority.</source>
        <translation>このネットワークは HTTPS 通信を検査しています。受け取った証明書の発行者は「%1」で、接続先のサイト自身の認証局 (CA) ではありません。</translation>
    </message>
    <message>
        <source>The root certificate “%1” is a public root.</source>
        <translation>ルート証明書「%1」は公開ルート証明書です。</translation>
    </message>
    <message>
        <source>The root certificate “%1” is already among your organisation&apos;s certificates.</source>
        <translation>ルート証明書「%1」はすでに組織の証明書に含まれています。</translation>
    </message>
    <message>
        <source>The root certificate “%1” was found in the OS certificate store, where your IT department installed it. You can use it with one click.</source>
        <translation>ルート証明書「%1」が OS の証明書ストアに見つかりました。情報システム部門が登録したものです。ワンクリックで使えます。</translation>
    </message>
    <message>
        <source>The root certificate “%1” is approved in your IT department&apos;s policy file. You can use it with one click.</source>
        <translation>ルート証明書「%1」は情報システム部門のポリシー ファイルで承認されています。ワンクリックで使えます。</translation>
    </message>
    <message>
        <source>The root certificate “%1” was sent over the network only. It is not in the OS certificate store and not approved by your IT department, so TrustDesk will not trust it with one click: on an unsafe network, anyone can send such a certificate. Its fingerprint (SHA-256) is:
%2</source>
        <translation>ルート証明書「%1」はネットワーク経由で送られてきただけです。OS の証明書ストアになく、情報システム部門の承認もないため、TrustDesk はワンクリックでは信頼しません。安全でないネットワークでは、誰でもこのような証明書を送れるからです。拇印 (SHA-256) は次のとおりです:
%2</translation>
    </message>
    <message>
        <source>The root certificate “%1” that issued this certificate was not found on this computer and was not sent over the network.</source>
        <translation>この証明書を発行したルート証明書「%1」は、このパソコンに見つからず、ネットワーク経由でも送られてきませんでした。</translation>
    </message>
    <message>
        <source>Press “Use this certificate”, then “Build merged bundle”.</source>
        <translation>「この証明書を使う」を押してから、「統合バンドルを作成」を押してください。</translation>
    </message>
    <message>
        <source>Press “Build merged bundle” so that the tools use it.</source>
        <translation>ツールが使えるように「統合バンドルを作成」を押してください。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for your organisation&apos;s root certificate file, and read them the fingerprint above so they can confirm it. Then import the file.</source>
        <translation>情報システム部門（ヘルプデスク）に組織のルート証明書ファイルを依頼し、確認のために上の拇印を読み上げてください。その後、そのファイルをインポートしてください。</translation>
    </message>
    <message>
        <source>Ask your IT helpdesk for the root certificate file named above, or to install it in the OS certificate store. Then inspect again.</source>
        <translation>上に示したルート証明書のファイルを依頼するか、OS の証明書ストアへの登録を、情報システム部門（ヘルプデスク）に依頼してください。その後、もう一度調べてください。</translation>
    </message>
    <message>
        <source>The certificate “%1” made by the proxy breaks the rules that %2 check (%3). This is a fault in the proxy&apos;s own certificates, so no certificate file can fix it.</source>
        <translation>プロキシが作成した証明書「%1」は、%2 が確認する規則に違反しています（%3）。プロキシ自身の証明書の問題なので、どの証明書ファイルでも直せません。</translation>
    </message>
    <message>
        <source>IT must change the proxy so that the certificates it makes include the Authority Key Identifier extension.</source>
        <translation>情報システム部門は、プロキシが作成する証明書に機関キー識別子の拡張機能を含めるよう、プロキシの設定を変更する必要があります。</translation>
    </message>
    <message>
        <source>Accepts now</source>
        <translation>今の設定で信頼します</translation>
    </message>
    <message>
        <source>Accepts with the merged bundle</source>
        <translation>統合バンドルを使えば信頼します</translation>
    </message>
    <message>
        <source>Rejects (no merged bundle yet)</source>
        <translation>拒否します（統合バンドルはまだありません）</translation>
    </message>
    <message>
        <source>Rejects, even with the merged bundle</source>
        <translation>統合バンドルを使っても拒否します</translation>
    </message>
    <message>
        <source>%1, strict checks</source>
        <translation>%1、厳格な検証</translation>
    </message>
    <message>
        <source>Proxy %1, from the HTTPS_PROXY environment variable.</source>
        <translation>プロキシ %1（環境変数 HTTPS_PROXY の設定）。</translation>
    </message>
    <message>
        <source>No proxy: NO_PROXY (%1) lists this host.</source>
        <translation>プロキシなし: NO_PROXY（%1）にこのホストが含まれています。</translation>
    </message>
    <message>
        <source>Proxy %1, chosen by the proxy configuration (PAC) file %2.</source>
        <translation>プロキシ %1（プロキシ自動設定 (PAC) ファイル %2 による選択）。</translation>
    </message>
    <message>
        <source>No proxy: the proxy configuration (PAC) file says DIRECT (%1).</source>
        <translation>プロキシなし: プロキシ自動設定 (PAC) ファイルが DIRECT を返しました（%1）。</translation>
    </message>
    <message>
        <source>No usable proxy: the PAC file names only SOCKS proxies (%1).</source>
        <translation>使えるプロキシがありません: PAC ファイルには SOCKS プロキシしかありません（%1）。</translation>
    </message>
    <message>
        <source>Proxy %1, from the OS proxy settings.</source>
        <translation>プロキシ %1（OS のプロキシ設定）。</translation>
    </message>
    <message>
        <source>No proxy: the OS proxy settings bypass this host.</source>
        <translation>プロキシなし: OS のプロキシ設定でこのホストは除外されています。</translation>
    </message>
    <message>
        <source>Proxy %1, as given.</source>
        <translation>プロキシ %1（指定どおり）。</translation>
    </message>
    <message>
        <source>No proxy, as given.</source>
        <translation>プロキシなし（指定どおり）。</translation>
    </message>
    <message>
        <source>No proxy is configured; the connection is direct.</source>
        <translation>プロキシは設定されていません。直接接続します。</translation>
    </message>
    <message>
        <source>boto3 and the AWS CLI read only HTTPS_PROXY and NO_PROXY, so they need HTTPS_PROXY set to use this proxy.</source>
        <translation>boto3 と AWS CLI は HTTPS_PROXY と NO_PROXY しか読まないため、このプロキシを使うには HTTPS_PROXY の設定が必要です。</translation>
    </message>
    <message>
        <source>The PAC file was not used: %1</source>
        <translation>PAC ファイルは使われませんでした: %1</translation>
    </message>
    <message>
        <source>HTTP/2 was agreed, as the AWS SDK for JavaScript uses by default.</source>
        <translation>HTTP/2 で合意しました。AWS SDK for JavaScript が標準で使う方式です。</translation>
    </message>
    <message>
        <source>Only HTTP/1.1 was agreed. The AWS SDK for JavaScript asks for HTTP/2 first; if it fails, force HTTP/1.1 as shown below.</source>
        <translation>HTTP/1.1 でのみ合意しました。AWS SDK for JavaScript は最初に HTTP/2 を求めます。失敗する場合は、下のコードのように HTTP/1.1 を指定してください。</translation>
    </message>
    <message>
        <source>No protocol was agreed (ALPN), so clients fall back to HTTP/1.1.</source>
        <translation>プロトコル (ALPN) は合意されなかったため、クライアントは HTTP/1.1 を使います。</translation>
    </message>
    <message>
        <source>Node.js is not installed, so it was not tested.</source>
        <translation>Node.js がインストールされていないため、確認していません。</translation>
    </message>
    <message>
        <source>Node.js %1 trusts this connection with NODE_EXTRA_CA_CERTS set to your organisation&apos;s certificates.</source>
        <translation>Node.js %1 は、NODE_EXTRA_CA_CERTS に組織の証明書を設定すると、この接続を信頼します。</translation>
    </message>
    <message>
        <source>Node.js %1 rejected this connection with NODE_EXTRA_CA_CERTS set to your organisation&apos;s certificates (%2).</source>
        <translation>Node.js %1 は、NODE_EXTRA_CA_CERTS に組織の証明書を設定しても、この接続を拒否しました（%2）。</translation>
    </message>
    <message>
        <source>This Node.js also reads NODE_USE_SYSTEM_CA=1, which makes it use the OS certificate store.</source>
        <translation>この Node.js は NODE_USE_SYSTEM_CA=1 にも対応しており、OS の証明書ストアを使えます。</translation>
    </message>
    <message>
        <source>This Node.js can use the OS certificate store with the --use-system-ca option (NODE_USE_SYSTEM_CA=1 needs Node.js 22.19 or 24.6 and later).</source>
        <translation>この Node.js は --use-system-ca オプションで OS の証明書ストアを使えます（NODE_USE_SYSTEM_CA=1 には Node.js 22.19 または 24.6 以降が必要です）。</translation>
    </message>
    <message>
        <source>This Node.js cannot read the OS certificate store (that needs Node.js 22.19 or 24.6 and later), so set NODE_EXTRA_CA_CERTS to the organisation certificate file.</source>
        <translation>この Node.js は OS の証明書ストアを読めません（Node.js 22.19 または 24.6 以降が必要です）。NODE_EXTRA_CA_CERTS に組織の証明書ファイルを設定してください。</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <translation>ホスト: %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>エラー: %1</translation>
    </message>
    <message>
        <source>Certificates, server first:</source>
        <translation>証明書（サーバー証明書から順に）:</translation>
    </message>
    <message>
        <source>  %1 (issued by %2), SHA-256 %3 [%4]</source>
        <translation>  %1（発行者: %2）、SHA-256 %3 [%4]</translation>
    </message>
    <message>
        <source>Tools:</source>
        <translation>ツール:</translation>
    </message>
    <message>
        <source>Duration: %1 s</source>
        <translation>所要時間: %1 秒</translation>
    </message>
</context>
<context>
    <name>InspectView</name>
    <message>
        <source>Host to inspect</source>
        <translation>調べるホスト</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>ホスト(&amp;H):</translation>
    </message>
    <message>
        <source>Inspect</source>
        <translation>調べる</translation>
    </message>
    <message>
        <source>Look at the certificates this computer receives for the host. Nothing is sent to it.</source>
        <translation>このパソコンがホストから受け取る証明書を調べます。ホストには何も送信しません。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel the inspection</source>
        <translation>調べるのを中止する</translation>
    </message>
    <message>
        <source>Inspecting</source>
        <translation>調べています</translation>
    </message>
    <message>
        <source>Use this certificate</source>
        <translation>この証明書を使う</translation>
    </message>
    <message>
        <source>Add the root certificate your IT department installed to your organisation&apos;s certificates.</source>
        <translation>情報システム部門が登録したルート証明書を、組織の証明書に追加します。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Where it came from</source>
        <translation>入手元</translation>
    </message>
    <message>
        <source>Presented certificate chain, root first</source>
        <translation>受け取った証明書チェーン（ルート証明書から順に）</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>結果</translation>
    </message>
    <message>
        <source>Checked with</source>
        <translation>検証に使った一覧</translation>
    </message>
    <message>
        <source>Which tools accept the connection</source>
        <translation>接続を信頼するツール</translation>
    </message>
    <message>
        <source>JavaScript for the AWS SDK</source>
        <translation>AWS SDK 用の JavaScript</translation>
    </message>
    <message>
        <source>Copy code</source>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>Copy the JavaScript code</source>
        <translation>JavaScript のコードをコピーする</translation>
    </message>
    <message>
        <source>Copy report</source>
        <translation>レポートをコピー</translation>
    </message>
    <message>
        <source>Copy the inspection report for your IT helpdesk</source>
        <translation>ヘルプデスク用に調べた結果をコピーする</translation>
    </message>
    <message>
        <source>Inspecting %1…</source>
        <translation>%1 を調べています…</translation>
    </message>
    <message>
        <source>Inspection cancelled</source>
        <translation>調べるのを中止しました</translation>
    </message>
    <message>
        <source>The inspection failed with an unexpected error</source>
        <translation>予期しないエラーで調べられませんでした</translation>
    </message>
    <message>
        <source>Copy the report and send it to your IT helpdesk.</source>
        <translation>レポートをコピーして、情報システム部門（ヘルプデスク）に送ってください。</translation>
    </message>
    <message>
        <source>Not inspected yet</source>
        <translation>まだ調べていません</translation>
    </message>
    <message>
        <source>Press “Inspect” to see the certificates this computer receives for the host, whether your network inspects HTTPS traffic, and which tools will trust the connection.</source>
        <translation>「調べる」を押すと、このパソコンがホストから受け取る証明書、ネットワークが HTTPS 通信を検査しているかどうか、どのツールが接続を信頼するかがわかります。</translation>
    </message>
    <message>
        <source>Sent over the network</source>
        <translation>ネットワーク経由で受信</translation>
    </message>
    <message>
        <source>OS certificate store</source>
        <translation>OS の証明書ストア</translation>
    </message>
    <message>
        <source>Your organisation&apos;s certificates</source>
        <translation>組織の証明書</translation>
    </message>
    <message>
        <source>Public root certificates</source>
        <translation>公開ルート証明書</translation>
    </message>
    <message>
        <source>The certificate was added</source>
        <translation>証明書を追加しました</translation>
    </message>
    <message>
        <source>Your IT department&apos;s root certificate is now among your organisation&apos;s certificates.</source>
        <translation>情報システム部門のルート証明書を組織の証明書に追加しました。</translation>
    </message>
    <message>
        <source>Press “Build merged bundle”, then “Test Bedrock connection”.</source>
        <translation>「統合バンドルを作成」を押してから、「Bedrock への接続を確認」を押してください。</translation>
    </message>
    <message>
        <source>The certificate could not be added</source>
        <translation>証明書を追加できませんでした</translation>
    </message>
    <message>
        <source>Try again, or ask your IT helpdesk.</source>
        <translation>もう一度お試しいただくか、情報システム部門（ヘルプデスク）に連絡してください。</translation>
    </message>
</context>
<context>
    <name>JournalModel</name>
    <message>
        <source>Time (UTC)</source>
        <translation>日時（UTC）</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>変更</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状態</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Every change TrustDesk made to your tools&apos; settings. “Undo” restores the exact previous content, newest change first.</source>
        <translation>TrustDesk がツールの設定に加えたすべての変更です。「元に戻す」を押すと、新しい変更から順に、以前の内容をそのまま復元します。</translation>
    </message>
    <message>
        <source>Changes made by TrustDesk</source>
        <translation>TrustDesk が行った変更</translation>
    </message>
    <message>
        <source>Undo selected change</source>
        <translation>選んだ変更を元に戻す</translation>
    </message>
    <message>
        <source>Undo all changes</source>
        <translation>すべての変更を元に戻す</translation>
    </message>
    <message>
        <source>Undoing…</source>
        <translation>元に戻しています…</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>TrustDesk</source>
        <translation>TrustDesk</translation>
    </message>
    <message>
        <source>Reading your certificates…</source>
        <translation>証明書を読み込んでいます…</translation>
    </message>
    <message>
        <source>Import organisation certificate…</source>
        <translation>組織の証明書をインポート…</translation>
    </message>
    <message>
        <source>Choose the certificate file from your IT helpdesk. You can also drop files on this window.</source>
        <translation>情報システム部門（ヘルプデスク）から受け取った証明書ファイルを選んでください。ファイルをこのウィンドウにドロップすることもできます。</translation>
    </message>
    <message>
        <source>Build merged bundle</source>
        <translation>統合バンドルを作成</translation>
    </message>
    <message>
        <source>Write one certificate file with the public roots and your organisation&apos;s certificates.</source>
        <translation>公開のルート証明書と組織の証明書をまとめた、1 つの証明書ファイルを作成します。</translation>
    </message>
    <message>
        <source>Apply to tools…</source>
        <translation>ツールに設定を反映…</translation>
    </message>
    <message>
        <source>Point boto3, the AWS CLI, pip, npm, git and Node.js at the merged bundle, after a preview.</source>
        <translation>boto3、AWS CLI、pip、npm、git、Node.js が統合バンドルを使うように設定します。書き込む前に内容を確認できます。</translation>
    </message>
    <message>
        <source>Test Bedrock connection</source>
        <translation>Bedrock への接続を確認</translation>
    </message>
    <message>
        <source>Send one small request to Amazon Bedrock through a verified connection.</source>
        <translation>検証済みの接続で、Amazon Bedrock に小さなリクエストを 1 回送ります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop the connection test.</source>
        <translation>接続の確認を中止します。</translation>
    </message>
    <message>
        <source>Merged bundle: not built yet.</source>
        <translation>統合バンドル：まだ作成されていません。</translation>
    </message>
    <message>
        <source>AWS region</source>
        <translation>AWS リージョン</translation>
    </message>
    <message>
        <source>Model ID</source>
        <translation>モデル ID</translation>
    </message>
    <message>
        <source>AWS &amp;region:</source>
        <translation>AWS リージョン(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Model ID:</source>
        <translation>モデル ID(&amp;M)：</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>手順</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Valid to</source>
        <translation>有効期限</translation>
    </message>
    <message>
        <source>Imported certificates, root first</source>
        <translation>インポートした証明書（ルート証明書から順に表示）</translation>
    </message>
    <message>
        <source>No organisation certificate imported yet. Press “Import organisation certificate…” or drop the file from your IT helpdesk on this window.</source>
        <translation>組織の証明書はまだインポートされていません。「組織の証明書をインポート…」を押すか、情報システム部門（ヘルプデスク）から受け取ったファイルをこのウィンドウにドロップしてください。</translation>
    </message>
    <message>
        <source>Certificate lists on this computer</source>
        <translation>このコンピューターの信頼する証明書の一覧</translation>
    </message>
    <message>
        <source>Your organisation&apos;s certificates</source>
        <translation>組織の証明書</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Journal</source>
        <translation>記録</translation>
    </message>
    <message>
        <source>Inspect connection</source>
        <translation>接続を調べる</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Import organisation certificate…</source>
        <translation>組織の証明書をインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>設定(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>システムの設定に従う</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About TrustDesk</source>
        <translation>TrustDesk について(&amp;A)</translation>
    </message>
    <message>
        <source>Reading the certificate files…</source>
        <translation>証明書ファイルを読み込んでいます…</translation>
    </message>
    <message>
        <source>Import cancelled. Nothing was added.</source>
        <translation>インポートを取り消しました。何も追加していません。</translation>
    </message>
    <message>
        <source>Importing the certificates…</source>
        <translation>証明書をインポートしています…</translation>
    </message>
    <message>
        <source>Import your organisation&apos;s root certificate first, then build the merged bundle.</source>
        <translation>先に組織のルート証明書をインポートしてから、統合バンドルを作成してください。</translation>
    </message>
    <message>
        <source>Building the merged bundle…</source>
        <translation>統合バンドルを作成しています…</translation>
    </message>
    <message>
        <source>Merged bundle written to %1 (%2 public root certificates and %3 of your organisation).</source>
        <translation>統合バンドルを %1 に保存しました（公開のルート証明書 %2 件と組織の証明書 %3 件）。</translation>
    </message>
    <message>
        <source>The merged bundle was written to %1.</source>
        <translation>統合バンドルを %1 に保存しました。</translation>
    </message>
    <message>
        <source>Merged bundle: %1</source>
        <translation>統合バンドル：%1</translation>
    </message>
    <message>
        <source>Something went wrong while reading or writing files. Try again, or ask your IT helpdesk.</source>
        <translation>ファイルの読み書き中に問題が発生しました。もう一度お試しいただくか、情報システム部門（ヘルプデスク）に連絡してください。</translation>
    </message>
    <message>
        <source>The test uses the merged bundle: %1</source>
        <translation>確認には統合バンドルを使います：%1</translation>
    </message>
    <message>
        <source>The test uses only the public root certificates (certifi), because the merged bundle has not been built yet: %1</source>
        <translation>統合バンドルがまだ作成されていないため、確認には公開のルート証明書 (certifi) だけを使います：%1</translation>
    </message>
    <message>
        <source>The new language takes effect after you restart TrustDesk.</source>
        <translation>新しい言語は、TrustDesk を再起動すると反映されます。</translation>
    </message>
    <message>
        <source>Your settings could not be saved. They apply until TrustDesk is closed.</source>
        <translation>設定を保存できませんでした。TrustDesk を閉じるまでは、変更した設定が使われます。</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Connection succeeded</source>
        <translation>接続できました</translation>
    </message>
    <message>
        <source>Amazon Bedrock answered through a verified connection using %1.</source>
        <translation>%1 を使った検証済みの接続で、Amazon Bedrock から応答がありました。</translation>
    </message>
    <message>
        <source>This certificate file works. If a developer tool still fails, point it at this file with “Apply to tools…”.</source>
        <translation>この証明書ファイルで接続できます。まだ接続できない開発ツールがある場合は、「ツールに設定を反映…」でこのファイルを使うように設定してください。</translation>
    </message>
    <message>
        <source>The connection was refused because its certificate was issued by “%1”, which the certificate file in use does not trust.</source>
        <translation>接続先の証明書の発行者は「%1」ですが、使用中の証明書ファイルはこの発行者を信頼していないため、接続が拒否されました。</translation>
    </message>
    <message>
        <source>The connection was refused because the certificate file in use does not trust it.</source>
        <translation>使用中の証明書ファイルが接続先の証明書を信頼していないため、接続が拒否されました。</translation>
    </message>
    <message>
        <source>Certificate not trusted</source>
        <translation>証明書が信頼されていません</translation>
    </message>
    <message>
        <source>Import your organisation&apos;s root certificate, build the merged bundle, and test again. Do not turn off certificate verification.</source>
        <translation>組織のルート証明書をインポートし、統合バンドルを作成してから、もう一度確認してください。証明書の検証を無効化することは行わないでください。</translation>
    </message>
    <message>
        <source>Proxy or network unreachable</source>
        <translation>プロキシまたはネットワークに接続できません</translation>
    </message>
    <message>
        <source>TrustDesk could not reach Amazon Bedrock or the proxy in front of it.</source>
        <translation>TrustDesk から Amazon Bedrock、またはその手前のプロキシに接続できませんでした。</translation>
    </message>
    <message>
        <source>Check that you are connected to the office network or VPN, then test again.</source>
        <translation>社内ネットワークまたは VPN に接続していることを確かめてから、もう一度確認してください。</translation>
    </message>
    <message>
        <source>Timed out</source>
        <translation>タイムアウトしました</translation>
    </message>
    <message>
        <source>The proxy or Amazon Bedrock did not answer in time.</source>
        <translation>プロキシまたは Amazon Bedrock から時間内に応答がありませんでした。</translation>
    </message>
    <message>
        <source>Test again in a few minutes. If it keeps happening, contact your IT helpdesk.</source>
        <translation>数分後にもう一度確認してください。繰り返し起きる場合は、情報システム部門（ヘルプデスク）に連絡してください。</translation>
    </message>
    <message>
        <source>No AWS credentials</source>
        <translation>AWS の認証情報がありません</translation>
    </message>
    <message>
        <source>The connection could not be tested because no AWS credentials were found.</source>
        <translation>AWS の認証情報が見つからないため、接続を確認できませんでした。</translation>
    </message>
    <message>
        <source>Sign in to AWS (for example with “aws sso login”) or ask your IT helpdesk for access.</source>
        <translation>AWS にサインインする（例：「aws sso login」）か、情報システム部門（ヘルプデスク）にアクセス権を依頼してください。</translation>
    </message>
    <message>
        <source>Access denied or model not enabled</source>
        <translation>アクセスが拒否されました（またはモデルへのアクセスが有効になっていません）</translation>
    </message>
    <message>
        <source>The connection works, but AWS refused the request for model %1.</source>
        <translation>接続はできていますが、AWS がモデル %1 へのリクエストを拒否しました。</translation>
    </message>
    <message>
        <source>Ask your AWS administrator to grant access to this model in region %1.</source>
        <translation>リージョン %1 でこのモデルへのアクセスを許可するよう、AWS の管理者に依頼してください。</translation>
    </message>
    <message>
        <source>Test cancelled</source>
        <translation>確認を中止しました</translation>
    </message>
    <message>
        <source>The test was stopped before it finished.</source>
        <translation>確認は完了する前に中止されました。</translation>
    </message>
    <message>
        <source>Unexpected problem</source>
        <translation>予期しない問題が発生しました</translation>
    </message>
    <message>
        <source>The test failed with an error TrustDesk does not recognise.</source>
        <translation>TrustDesk が判別できないエラーで、確認に失敗しました。</translation>
    </message>
    <message>
        <source>Copy the details below and send them to your IT helpdesk.</source>
        <translation>下の詳細をコピーして、情報システム部門（ヘルプデスク）に送ってください。</translation>
    </message>
    <message>
        <source>The file %1 was not found. Check the name and the folder, then try again.</source>
        <translation>ファイル %1 が見つかりません。ファイル名とフォルダーを確認してから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file. Choose the certificate file inside it.</source>
        <translation>%1 はファイルではなくフォルダーです。その中にある証明書ファイルを選んでください。</translation>
    </message>
    <message>
        <source>You do not have permission to read %1. Copy it to your Documents folder and try again.</source>
        <translation>%1 を読み取る権限がありません。ファイルを「ドキュメント」フォルダーにコピーしてから、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The file %1 is empty. Ask your IT helpdesk for the certificate file again.</source>
        <translation>ファイル %1 は空です。情報システム部門（ヘルプデスク）に証明書ファイルをもう一度依頼してください。</translation>
    </message>
    <message>
        <source>The file %1 is too large to be a certificate file. Check that you chose the right file.</source>
        <translation>ファイル %1 は証明書ファイルとしては大きすぎます。正しいファイルを選んだか確認してください。</translation>
    </message>
    <message>
        <source>The file %1 is protected by a password, so nothing was imported from it. Import it again and enter the password you received with the file.</source>
        <translation>ファイル %1 はパスワードで保護されているため、何もインポートしませんでした。もう一度インポートし、ファイルと一緒に受け取ったパスワードを入力してください。</translation>
    </message>
    <message>
        <source>The password for %1 is not correct, or the file is damaged, so nothing was imported from it. Check the password with your IT helpdesk and try again.</source>
        <translation>%1 のパスワードが正しくないか、ファイルが壊れているため、何もインポートしませんでした。パスワードを情報システム部門（ヘルプデスク）に確認して、もう一度お試しください。</translation>
    </message>
    <message>
        <source>No certificate was found in %1. Ask your IT helpdesk for the organisation&apos;s root certificate.</source>
        <translation>%1 に証明書が見つかりませんでした。情報システム部門（ヘルプデスク）に組織のルート証明書を依頼してください。</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Try again, or ask your IT helpdesk for a new copy.</source>
        <translation>ファイル %1 を読み込めませんでした。もう一度お試しいただくか、情報システム部門（ヘルプデスク）に新しいファイルを依頼してください。</translation>
    </message>
    <message>
        <source>The file carried OpenSSL trust settings. They were dropped; only the certificate is kept.</source>
        <translation>ファイルには OpenSSL の信頼設定が含まれていました。信頼設定は取り除き、証明書だけを残しました。</translation>
    </message>
    <message>
        <source>The private key is encrypted.</source>
        <translation>秘密キーは暗号化されています。</translation>
    </message>
    <message>
        <source>Name in the file: %1</source>
        <translation>ファイル内の名前: %1</translation>
    </message>
    <message>
        <source>OpenSSL can read this certificate, but TrustDesk cannot show its details.</source>
        <translation>この証明書は OpenSSL では読めますが、TrustDesk では詳細を表示できません。</translation>
    </message>
    <message>
        <source>Technical note: %1</source>
        <translation>技術情報: %1</translation>
    </message>
    <message>
        <source>%n certificate(s) from %1 without details could not be added: TrustDesk cannot store them yet. Ask your IT helpdesk for a copy that TrustDesk can read.</source>
        <translation>%1 の詳細を表示できない証明書 %n 件は追加できませんでした。TrustDesk はまだこれらを保存できません。TrustDesk で読めるファイルを情報システム部門（ヘルプデスク）に依頼してください。</translation>
    </message>
    <message>
        <source>%1 contains a private key. TrustDesk did not copy it anywhere. Do not share this file.</source>
        <translation>%1 には秘密キーが含まれています。TrustDesk は秘密キーをどこにもコピーしていません。このファイルは共有しないでください。</translation>
    </message>
    <message>
        <source>Part %1 of %2 is damaged and was skipped. The other certificates in the file were still read. If you need this part, ask your IT helpdesk for a new copy of the file.</source>
        <translation>%2 の %1 番目の部分は壊れているため、読み飛ばしました。ファイル内のほかの証明書は読み込みました。この部分が必要な場合は、情報システム部門（ヘルプデスク）に新しいファイルを依頼してください。</translation>
    </message>
    <message>
        <source>Part %1 of %2 is not a certificate (%3) and was skipped.</source>
        <translation>%2 の %1 番目の部分は証明書ではない (%3) ため、読み飛ばしました。</translation>
    </message>
    <message>
        <source>All certificates in %1 were already imported.</source>
        <translation>%1 の証明書はすべてインポート済みです。</translation>
    </message>
    <message>
        <source>New certificates imported from %1: %n.</source>
        <translation>%1 から新しい証明書を %n 件インポートしました。</translation>
    </message>
    <message>
        <source>The merged bundle could not be built, so the previous file was kept. Check that the folder %1 can be written to, then try again. If it keeps failing, send the details to your IT helpdesk.</source>
        <translation>統合バンドルを作成できなかったため、以前のファイルをそのまま残しました。フォルダー %1 に書き込めるか確認してから、もう一度お試しください。繰り返し失敗する場合は、詳細を情報システム部門（ヘルプデスク）に送ってください。</translation>
    </message>
    <message>
        <source>This certificate has expired. Tools will reject connections that depend on it. Ask your IT helpdesk for the current organisation root certificate.</source>
        <translation>この証明書は有効期限切れです。この証明書に頼る接続は、ツールに拒否されます。情報システム部門（ヘルプデスク）に現在の組織のルート証明書を依頼してください。</translation>
    </message>
    <message>
        <source>This certificate is not valid yet. Check that your computer&apos;s date and time are right.</source>
        <translation>この証明書の有効期間はまだ始まっていません。コンピューターの日付と時刻が正しいか確認してください。</translation>
    </message>
    <message>
        <source>This is an intermediate certificate and its root certificate is missing. Trusting only the intermediate certificate fails in many tools. Ask your IT helpdesk for the root certificate.</source>
        <translation>これは中間証明書で、そのルート証明書がありません。中間証明書だけを信頼しても、多くのツールでは接続できません。情報システム部門（ヘルプデスク）にルート証明書を依頼してください。</translation>
    </message>
    <message>
        <source>This is a server certificate, not a certificate authority. It cannot make other connections trusted. Ask your IT helpdesk for the organisation root certificate.</source>
        <translation>これはサーバー証明書で、認証局 (CA) の証明書ではありません。ほかの接続を信頼させることはできません。情報システム部門（ヘルプデスク）に組織のルート証明書を依頼してください。</translation>
    </message>
    <message>
        <source>Its basic constraints are not marked critical. Python 3.13 and later, requests and urllib3 reject connections that depend on it; boto3 and Node.js accept them. Ask your IT helpdesk to reissue the certificate.</source>
        <translation>この証明書の基本制限は「重要」に設定されていません。Python 3.13 以降、requests、urllib3 はこの証明書に頼る接続を拒否します（boto3 と Node.js は受け入れます）。情報システム部門（ヘルプデスク）に証明書の再発行を依頼してください。</translation>
    </message>
    <message>
        <source>Its serial number is negative, which the standard does not allow. It works today, but future versions of some tools may reject it.</source>
        <translation>この証明書のシリアル番号は負の値で、規格では認められていません。現在は使えますが、今後のバージョンのツールでは拒否される可能性があります。</translation>
    </message>
</context>
<context>
    <name>Practice</name>
    <message>
        <source>%1 [Practice mode]</source>
        <translation>%1 ［練習モード］</translation>
    </message>
    <message>
        <source>Practice mode: the proxy, Amazon Bedrock and the organisation certificate are local stand-ins. Nothing is sent to AWS.</source>
        <translation>練習モード：プロキシ、Amazon Bedrock、組織のルート証明書は、このコンピューター上の練習用の代わりです。AWS には何も送信されません。</translation>
    </message>
    <message>
        <source>&amp;Practice mode</source>
        <translation>練習モード(&amp;P)</translation>
    </message>
    <message>
        <source>Open a second TrustDesk window that practises on this computer only, with a practice proxy and a practice Bedrock. Your settings are not changed.</source>
        <translation>このコンピューターの中だけで練習する TrustDesk のウィンドウをもう 1 つ開きます。練習用のプロキシと練習用の Bedrock を使います。お使いの設定は変更されません。</translation>
    </message>
    <message>
        <source>Opening a TrustDesk window in practice mode…</source>
        <translation>練習モードの TrustDesk ウィンドウを開いています…</translation>
    </message>
    <message>
        <source>Practice mode could not be started. Start TrustDesk with the option --practice instead.</source>
        <translation>練習モードを開始できませんでした。代わりに、オプション --practice を付けて TrustDesk を起動してください。</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>TrustDesk helpdesk report</source>
        <translation>TrustDesk ヘルプデスク用レポート</translation>
    </message>
    <message>
        <source>PRACTICE MODE: every server in this report is a local practice stand-in.</source>
        <translation>練習モード：このレポートのサーバーはすべて、このコンピューター上の練習用の代わりです。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>バージョン</translation>
    </message>
    <message>
        <source>Proxy</source>
        <translation>プロキシ</translation>
    </message>
    <message>
        <source>Environment variables</source>
        <translation>環境変数</translation>
    </message>
    <message>
        <source>Configuration files</source>
        <translation>設定ファイル</translation>
    </message>
    <message>
        <source>Certificate stores</source>
        <translation>証明書ストア</translation>
    </message>
    <message>
        <source>Presented certificate chain</source>
        <translation>提示された証明書チェーン</translation>
    </message>
    <message>
        <source>Certificate checks (lint)</source>
        <translation>証明書の検査 (lint)</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Report steps</source>
        <translation>レポート作成の手順</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（なし）</translation>
    </message>
    <message>
        <source>Helpdesk report written to %1.</source>
        <translation>ヘルプデスク用レポートを %1 に保存しました。</translation>
    </message>
    <message>
        <source>The report could not be written to %1: %2. Choose another folder and try again.</source>
        <translation>レポートを %1 に保存できませんでした：%2。別のフォルダーを選んで、もう一度お試しください。</translation>
    </message>
    <message>
        <source>The helpdesk report is on the clipboard. Paste it into your message to the helpdesk.</source>
        <translation>ヘルプデスク用レポートをクリップボードにコピーしました。ヘルプデスクへのメッセージに貼り付けてください。</translation>
    </message>
    <message>
        <source>Preparing the helpdesk report…</source>
        <translation>ヘルプデスク用レポートを作成しています…</translation>
    </message>
    <message>
        <source>The helpdesk report could not be prepared: %1</source>
        <translation>ヘルプデスク用レポートを作成できませんでした：%1</translation>
    </message>
    <message>
        <source>Save helpdesk report</source>
        <translation>ヘルプデスク用レポートを保存</translation>
    </message>
    <message>
        <source>Text files (*.txt);;JSON files (*.json);;All files (*)</source>
        <translation>テキスト ファイル (*.txt);;JSON ファイル (*.json);;すべてのファイル (*)</translation>
    </message>
</context>
<context>
    <name>ScanBar</name>
    <message>
        <source>Checking</source>
        <translation>確認中</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>再確認</translation>
    </message>
    <message>
        <source>Check the certificate lists and the tools again.</source>
        <translation>信頼する証明書の一覧とツールをもう一度確認します。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Stop checking.</source>
        <translation>確認を中止します。</translation>
    </message>
    <message>
        <source>Checked at %1: %2 certificate lists, %3 tools.</source>
        <translation>%1 に確認しました：証明書の一覧 %2 件、ツール %3 件。</translation>
    </message>
    <message>
        <source>Checking was cancelled. Press “Refresh” to check again.</source>
        <translation>確認を中止しました。もう一度確認するには「再確認」を押してください。</translation>
    </message>
</context>
<context>
    <name>Staff</name>
    <message>
        <source>&amp;Check my connection</source>
        <translation>接続を確認(&amp;C)</translation>
    </message>
    <message>
        <source>Check that Amazon Bedrock and your developer tools can connect safely through this network.</source>
        <translation>このネットワーク経由で、Amazon Bedrock と開発ツールが安全に接続できるかを確認します。</translation>
    </message>
    <message>
        <source>Fi&amp;x it</source>
        <translation>自動で修正(&amp;X)</translation>
    </message>
    <message>
        <source>Use the certificate your IT department installed on this computer, and set up your tools after a preview.</source>
        <translation>情報システム部門がこのパソコンに入れた証明書を使い、変更内容を確認したうえで開発ツールを設定します。</translation>
    </message>
    <message>
        <source>&amp;Details for the helpdesk</source>
        <translation>ヘルプデスク向けの詳細(&amp;D)</translation>
    </message>
    <message>
        <source>Show the detailed views your IT helpdesk may ask about.</source>
        <translation>ヘルプデスクから確認を求められる詳しい画面を表示します。</translation>
    </message>
    <message>
        <source>Copy &amp;report</source>
        <translation>レポートをコピー(&amp;R)</translation>
    </message>
    <message>
        <source>Copy the helpdesk report, without passwords or keys, to paste into a message.</source>
        <translation>ヘルプデスク用レポートをコピーします（パスワードやキーは含まれません）。メッセージに貼り付けて送ってください。</translation>
    </message>
    <message>
        <source>&amp;Back to “Check my connection”</source>
        <translation>「接続を確認」に戻る(&amp;B)</translation>
    </message>
    <message>
        <source>Press the button to check whether Amazon Bedrock and your developer tools can connect safely from this computer. It takes a few seconds.</source>
        <translation>ボタンを押すと、このパソコンから Amazon Bedrock と開発ツールが安全に接続できるかを確認します。数秒かかります。</translation>
    </message>
    <message>
        <source>Looking at this network&apos;s HTTPS connection</source>
        <translation>このネットワークの HTTPS 通信を確認しています</translation>
    </message>
    <message>
        <source>Connecting to Amazon Bedrock</source>
        <translation>Amazon Bedrock に接続しています</translation>
    </message>
    <message>
        <source>Checking your developer tools</source>
        <translation>開発ツールの設定を確認しています</translation>
    </message>
    <message>
        <source>✔ %1 — done</source>
        <translation>✔ %1 — 完了</translation>
    </message>
    <message>
        <source>▶ %1…</source>
        <translation>▶ %1…</translation>
    </message>
    <message>
        <source>✖ %1 — problem found</source>
        <translation>✖ %1 — 問題が見つかりました</translation>
    </message>
    <message>
        <source>• %1</source>
        <translation>• %1</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>Fixing: adding the certificate and preparing the settings…</source>
        <translation>修正しています：証明書を追加し、設定を準備しています…</translation>
    </message>
    <message>
        <source>Green: all is well</source>
        <translation>緑：問題ありません</translation>
    </message>
    <message>
        <source>Yellow: needs attention</source>
        <translation>黄：確認が必要です</translation>
    </message>
    <message>
        <source>Red: not working</source>
        <translation>赤：接続できません</translation>
    </message>
    <message>
        <source>Connection succeeded</source>
        <translation>接続できました</translation>
    </message>
    <message>
        <source>Amazon Bedrock answered safely: “%1”.</source>
        <translation>Amazon Bedrock から安全な接続で応答がありました：「%1」。</translation>
    </message>
    <message>
        <source>Amazon Bedrock answered safely.</source>
        <translation>Amazon Bedrock から安全な接続で応答がありました。</translation>
    </message>
    <message>
        <source>Nothing more to do. Your developer tools are set up.</source>
        <translation>これ以上の操作は不要です。開発ツールの設定は完了しています。</translation>
    </message>
    <message>
        <source>Your tools do not trust this network yet</source>
        <translation>開発ツールがこのネットワークをまだ信頼していません</translation>
    </message>
    <message>
        <source>This company&apos;s network inspects HTTPS traffic. The certificate needed for it is already on this computer, so TrustDesk can fix this.</source>
        <translation>この会社のネットワークは HTTPS 通信を検査しています。そのために必要な証明書はすでにこのパソコンに入っているので、TrustDesk で修正できます。</translation>
    </message>
    <message>
        <source>Press “Fix it”, then confirm with “Apply” in the preview.</source>
        <translation>「自動で修正」を押し、確認画面で「設定を反映」を押してください。</translation>
    </message>
    <message>
        <source>Your tools are not set up yet</source>
        <translation>開発ツールの設定がまだ済んでいません</translation>
    </message>
    <message>
        <source>Your organisation&apos;s root certificate is in TrustDesk, but your tools do not use it yet.</source>
        <translation>組織のルート証明書は TrustDesk に取り込まれていますが、開発ツールはまだそれを使っていません。</translation>
    </message>
    <message>
        <source>Amazon Bedrock works, but some tools are not set up yet</source>
        <translation>Amazon Bedrock には接続できますが、設定が済んでいないツールがあります</translation>
    </message>
    <message>
        <source>These tools do not use your organisation&apos;s certificate yet: %1.</source>
        <translation>次のツールはまだ組織の証明書を使っていません：%1。</translation>
    </message>
    <message>
        <source>The certificate from your IT department is missing</source>
        <translation>情報システム部門の証明書がありません</translation>
    </message>
    <message>
        <source>This company&apos;s network inspects HTTPS traffic, but the certificate needed for it is not installed on this computer. TrustDesk does not trust a certificate that only came over the network.</source>
        <translation>この会社のネットワークは HTTPS 通信を検査していますが、そのために必要な証明書がこのパソコンに入っていません。ネットワークから送られてきただけの証明書を、TrustDesk は信頼しません。</translation>
    </message>
    <message>
        <source>Contact your IT helpdesk: ask them to install your organisation&apos;s root certificate on this computer, or to send you the file. Read them this fingerprint (SHA-256) so they can confirm it:
%1</source>
        <translation>情報システム部門（ヘルプデスク）に連絡し、組織のルート証明書をこのパソコンに入れてもらうか、ファイルを送ってもらってください。確認のため、次の拇印 (SHA-256) を読み上げてください：
%1</translation>
    </message>
    <message>
        <source>This company&apos;s network inspects HTTPS traffic, but the certificate “%1” needed for it is not on this computer.</source>
        <translation>この会社のネットワークは HTTPS 通信を検査していますが、そのために必要な証明書「%1」がこのパソコンにありません。</translation>
    </message>
    <message>
        <source>Contact your IT helpdesk: ask them to install this certificate on this computer, or to send you the file. Press “Copy report” and paste it into your message.</source>
        <translation>情報システム部門（ヘルプデスク）に連絡し、この証明書をこのパソコンに入れてもらうか、ファイルを送ってもらってください。「レポートをコピー」を押し、メッセージに貼り付けてください。</translation>
    </message>
    <message>
        <source>The network&apos;s own certificate is faulty</source>
        <translation>ネットワーク側の証明書に問題があります</translation>
    </message>
    <message>
        <source>The device that inspects HTTPS traffic on this network uses a certificate that some tools reject. This cannot be fixed on this computer.</source>
        <translation>このネットワークで HTTPS 通信を検査している機器の証明書を、一部のツールが受け付けません。このパソコンでは修正できません。</translation>
    </message>
    <message>
        <source>Contact your IT helpdesk: press “Copy report” and paste it into your message. Do not turn off certificate verification.</source>
        <translation>情報システム部門（ヘルプデスク）に連絡してください。「レポートをコピー」を押し、メッセージに貼り付けてください。証明書の検証を無効化することは行わないでください。</translation>
    </message>
    <message>
        <source>Something went wrong</source>
        <translation>問題が発生しました</translation>
    </message>
    <message>
        <source>TrustDesk could not finish the check.</source>
        <translation>TrustDesk は確認を最後まで行えませんでした。</translation>
    </message>
    <message>
        <source>Contact your IT helpdesk: press “Copy report” and paste it into your message.</source>
        <translation>情報システム部門（ヘルプデスク）に連絡してください。「レポートをコピー」を押し、メッセージに貼り付けてください。</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256) to read to your IT helpdesk</source>
        <translation>ヘルプデスクに読み上げる拇印 (SHA-256)</translation>
    </message>
    <message>
        <source>Nothing was changed in your tools. Press “Fix it” to try again.</source>
        <translation>開発ツールは何も変更されていません。やり直すには「自動で修正」を押してください。</translation>
    </message>
    <message>
        <source>The fix could not be finished. Press “Copy report” and send it to your IT helpdesk.</source>
        <translation>修正を最後まで行えませんでした。「レポートをコピー」を押し、ヘルプデスクに送ってください。</translation>
    </message>
    <message>
        <source>Result of the connection check</source>
        <translation>接続の確認結果</translation>
    </message>
    <message>
        <source>Progress of the connection check</source>
        <translation>接続の確認の進み具合</translation>
    </message>
</context>
<context>
    <name>StoreTreeModel</name>
    <message>
        <source>Name</source>
        <translation>名前</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>種類</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書の数</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>検査結果</translation>
    </message>
    <message>
        <source>Your organisation&apos;s certificate</source>
        <translation>組織のルート証明書</translation>
    </message>
    <message>
        <source>File or fingerprint (SHA-256)</source>
        <translation>ファイルまたは拇印 (SHA-256)</translation>
    </message>
    <message numerus="yes">
        <source>Damaged parts skipped: %n</source>
        <translation>
            <numerusform>読み飛ばした壊れた部分：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Import your organisation&apos;s certificate to check this.</source>
        <translation>確認するには、組織の証明書をインポートしてください。</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>証明書</translation>
    </message>
    <message>
        <source>Certificate (not trusted for websites)</source>
        <translation>証明書（Web サイト用には信頼されていません）</translation>
    </message>
    <message numerus="yes">
        <source>Problems: %n</source>
        <translation>
            <numerusform>問題：%n 件</numerusform>
        </translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>Your organisation&apos;s certificate. Tools need it to reach sites your proxy inspects.</source>
        <translation>組織のルート証明書です。プロキシが検査するサイトに接続するには、ツールにこの証明書が必要です。</translation>
    </message>
</context>
<context>
    <name>StoresView</name>
    <message>
        <source>Tools on this computer read these certificate lists. Open a list to see its certificates; your organisation&apos;s certificate is shown in bold on a yellow background.</source>
        <translation>このコンピューターのツールは、これらの信頼する証明書の一覧を読み込みます。一覧を開くと証明書が表示されます。組織のルート証明書は黄色の背景に太字で表示されます。</translation>
    </message>
    <message>
        <source>Search by name or fingerprint (SHA-256)</source>
        <translation>名前または拇印 (SHA-256) で検索</translation>
    </message>
    <message>
        <source>Search certificates</source>
        <translation>証明書を検索</translation>
    </message>
    <message>
        <source>Certificate lists on this computer</source>
        <translation>このコンピューターの信頼する証明書の一覧</translation>
    </message>
</context>
<context>
    <name>ToolTableModel</name>
    <message>
        <source>Tool</source>
        <translation>ツール</translation>
    </message>
    <message>
        <source>Certificates it uses</source>
        <translation>使用する証明書</translation>
    </message>
    <message>
        <source>Built-in list</source>
        <translation>組み込みの一覧</translation>
    </message>
    <message>
        <source>What this means</source>
        <translation>意味</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>%1. Rule: %2</source>
        <translation>%1。規則：%2</translation>
    </message>
</context>
<context>
    <name>ToolsText</name>
    <message>
        <source>OS certificate store (bundle file)</source>
        <translation>OS の証明書ストア（バンドルファイル）</translation>
    </message>
    <message>
        <source>OS certificate store (added certificates)</source>
        <translation>OS の証明書ストア（追加された証明書）</translation>
    </message>
    <message>
        <source>Windows certificate store</source>
        <translation>Windows の証明書ストア</translation>
    </message>
    <message>
        <source>macOS keychain</source>
        <translation>macOS のキーチェーン</translation>
    </message>
    <message>
        <source>Python&apos;s public roots (certifi)</source>
        <translation>Python の公開ルート証明書（certifi）</translation>
    </message>
    <message>
        <source>botocore&apos;s spare copy of public roots</source>
        <translation>botocore 予備の公開ルート証明書</translation>
    </message>
    <message>
        <source>Merged bundle made by TrustDesk</source>
        <translation>TrustDesk が作成した統合バンドル</translation>
    </message>
    <message>
        <source>Named by an environment variable</source>
        <translation>環境変数で指定</translation>
    </message>
    <message>
        <source>Named in the AWS config file</source>
        <translation>AWS の設定ファイルで指定</translation>
    </message>
    <message>
        <source>Named in pip&apos;s settings</source>
        <translation>pip の設定で指定</translation>
    </message>
    <message>
        <source>Named in npm&apos;s settings (.npmrc)</source>
        <translation>npm の設定（.npmrc）で指定</translation>
    </message>
    <message>
        <source>Named in git&apos;s settings</source>
        <translation>git の設定で指定</translation>
    </message>
    <message>
        <source>Named in curl&apos;s settings (.curlrc)</source>
        <translation>curl の設定（.curlrc）で指定</translation>
    </message>
    <message>
        <source>Built into Node.js</source>
        <translation>Node.js に組み込み</translation>
    </message>
    <message>
        <source>its built-in list</source>
        <translation>組み込みの一覧</translation>
    </message>
    <message>
        <source>the Windows certificate store (schannel)</source>
        <translation>Windows の証明書ストア（schannel）</translation>
    </message>
    <message>
        <source>the verify argument in the program</source>
        <translation>プログラムの verify 引数</translation>
    </message>
    <message>
        <source>the environment variable %1</source>
        <translation>環境変数 %1</translation>
    </message>
    <message>
        <source>ca_bundle of the AWS profile “%1”</source>
        <translation>AWS のプロファイル「%1」の ca_bundle</translation>
    </message>
    <message>
        <source>cert in pip&apos;s settings file</source>
        <translation>pip の設定ファイルの cert</translation>
    </message>
    <message>
        <source>npm&apos;s global settings</source>
        <translation>npm のグローバル設定</translation>
    </message>
    <message>
        <source>npm&apos;s user settings (.npmrc)</source>
        <translation>npm のユーザー設定（.npmrc）</translation>
    </message>
    <message>
        <source>git&apos;s system settings</source>
        <translation>git のシステム設定</translation>
    </message>
    <message>
        <source>git&apos;s global settings (.gitconfig)</source>
        <translation>git のグローバル設定（.gitconfig）</translation>
    </message>
    <message>
        <source>curl&apos;s settings file (.curlrc)</source>
        <translation>curl の設定ファイル（.curlrc）</translation>
    </message>
    <message>
        <source>This computer</source>
        <translation>このコンピューター</translation>
    </message>
    <message>
        <source>Replaces the built-in list</source>
        <translation>組み込みの一覧を置き換え</translation>
    </message>
    <message>
        <source>Adds to the built-in list</source>
        <translation>組み込みの一覧に追加</translation>
    </message>
    <message>
        <source>Checking turned off</source>
        <translation>検証が無効</translation>
    </message>
    <message>
        <source>Built-in list</source>
        <translation>組み込みの一覧</translation>
    </message>
    <message>
        <source>This tool trusts only the certificates in this file. Its built-in list of public certificates is not used.</source>
        <translation>このツールはこのファイルの証明書だけを信頼します。組み込みの公開証明書の一覧は使われません。</translation>
    </message>
    <message>
        <source>This tool trusts its built-in list of public certificates plus the certificates in this file.</source>
        <translation>このツールは、組み込みの公開証明書の一覧に加えて、このファイルの証明書を信頼します。</translation>
    </message>
    <message>
        <source>This tool does not check certificates at all, so anyone on the network could read its traffic.</source>
        <translation>このツールは証明書をまったく検証しないため、ネットワーク上の誰でもその通信を読み取れます。</translation>
    </message>
    <message>
        <source>This tool uses its own built-in list of public certificates.</source>
        <translation>このツールは、自身に組み込まれた公開証明書の一覧を使います。</translation>
    </message>
    <message>
        <source>Not built yet.</source>
        <translation>まだ作成されていません。</translation>
    </message>
    <message>
        <source>Could not be read: %1</source>
        <translation>読み込めませんでした：%1</translation>
    </message>
    <message>
        <source>Certificates failing strict verification (Python 3.13 and later, requests, pip): %n.</source>
        <translation>厳格な検証（Python 3.13 以降、requests、pip）で不合格になる証明書：%n 件。</translation>
    </message>
    <message>
        <source>Other certificates with problems: %n.</source>
        <translation>その他の問題がある証明書：%n 件。</translation>
    </message>
    <message>
        <source>No problems found in these certificates.</source>
        <translation>これらの証明書に問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>はい</translation>
    </message>
    <message>
        <source>No</source>
        <translation>いいえ</translation>
    </message>
    <message>
        <source>Correct or remove %1, then restart the tool.</source>
        <translation>%1 を修正または削除してから、ツールを再起動してください。</translation>
    </message>
    <message>
        <source>%1 is set but empty, so the tool ignores it.</source>
        <translation>%1 は設定されていますが空のため、ツールはこれを無視します。</translation>
    </message>
    <message>
        <source>Remove %1 to avoid confusion.</source>
        <translation>混乱を避けるため、%1 を削除してください。</translation>
    </message>
    <message>
        <source>%1 is set but empty. The tool cannot start its connections.</source>
        <translation>%1 は設定されていますが空です。ツールは接続を開始できません。</translation>
    </message>
    <message>
        <source>%1 names the file %2, which does not exist. Every connection fails.</source>
        <translation>%1 はファイル %2 を指していますが、このファイルは存在しません。すべての接続が失敗します。</translation>
    </message>
    <message>
        <source>Point %1 at TrustDesk&apos;s merged bundle, or remove it if a program that is no longer installed set it.</source>
        <translation>%1 に TrustDesk の統合バンドルを指定してください。アンインストール済みのプログラムが設定したものであれば、削除してください。</translation>
    </message>
    <message>
        <source>%1 names the folder %2, but the tool needs a file.</source>
        <translation>%1 はフォルダー %2 を指していますが、ツールにはファイルが必要です。</translation>
    </message>
    <message>
        <source>Point %1 at TrustDesk&apos;s merged bundle file.</source>
        <translation>%1 に TrustDesk の統合バンドルのファイルを指定してください。</translation>
    </message>
    <message>
        <source>The file %2 named by %1 holds no usable certificate. Every connection fails.</source>
        <translation>%1 が指すファイル %2 には使える証明書がありません。すべての接続が失敗します。</translation>
    </message>
    <message>
        <source>Part %3 of the file %2 named by %1 is damaged and is skipped.</source>
        <translation>%1 が指すファイル %2 の部分 %3 は壊れているため、読み飛ばされます。</translation>
    </message>
    <message>
        <source>Rebuild the file, for example with TrustDesk&apos;s merged bundle.</source>
        <translation>ファイルを作り直してください。たとえば TrustDesk の統合バンドルを使えます。</translation>
    </message>
    <message>
        <source>%1 starts with “~” (%2). This tool does not replace “~” with your home folder, so it cannot find the file.</source>
        <translation>%1 は「~」で始まっています（%2）。このツールは「~」をホームフォルダーに置き換えないため、ファイルを見つけられません。</translation>
    </message>
    <message>
        <source>Write the full path in %1, for example /home/name/…</source>
        <translation>%1 には完全なパスを書いてください（例：/home/name/…）。</translation>
    </message>
    <message>
        <source>%1 is a relative path (%2), so the file found depends on the folder the tool runs in.</source>
        <translation>%1 は相対パス（%2）のため、ツールを実行するフォルダーによって見つかるファイルが変わります。</translation>
    </message>
    <message>
        <source>Write the full path in %1.</source>
        <translation>%1 には完全なパスを書いてください。</translation>
    </message>
    <message>
        <source>The file %2 named by %1 holds almost none of the public root certificates (%3 of %4). Sites your organisation&apos;s proxy does not inspect will fail.</source>
        <translation>%1 が指すファイル %2 には公開ルート証明書がほとんど含まれていません（%4 件中 %3 件）。組織のプロキシが検査しないサイトへの接続は失敗します。</translation>
    </message>
    <message>
        <source>Point %1 at TrustDesk&apos;s merged bundle, which holds both kinds.</source>
        <translation>両方の証明書を含む TrustDesk の統合バンドルを %1 に指定してください。</translation>
    </message>
    <message>
        <source>Its built-in list of certificates does not contain your organisation&apos;s certificate. Sites that your organisation&apos;s proxy inspects will fail.</source>
        <translation>組み込みの証明書の一覧に、組織の証明書が含まれていません。組織のプロキシが検査するサイトへの接続は失敗します。</translation>
    </message>
    <message>
        <source>Use “Apply to tools…” in TrustDesk to point it at the merged bundle.</source>
        <translation>TrustDesk の「ツールに設定を反映…」で、統合バンドルを使うように設定してください。</translation>
    </message>
    <message>
        <source>The file %2 named by %1 does not contain your organisation&apos;s certificate. Sites that your organisation&apos;s proxy inspects will fail.</source>
        <translation>%1 が指すファイル %2 には組織のルート証明書が含まれていません。組織のプロキシが検査するサイトへの接続は失敗します。</translation>
    </message>
    <message>
        <source>Build the merged bundle in TrustDesk and point %1 at it.</source>
        <translation>TrustDesk で統合バンドルを作成し、%1 にそのファイルを指定してください。</translation>
    </message>
    <message>
        <source>Node.js silently ignores the file %2 named by %1, because it is not plain PEM text (%3).</source>
        <translation>%1 が指すファイル %2 は PEM 形式のテキストではないため（%3）、Node.js は何も表示せずに無視します。</translation>
    </message>
    <message>
        <source>Point %1 at TrustDesk&apos;s merged bundle, which is PEM text.</source>
        <translation>PEM 形式のテキストである TrustDesk の統合バンドルを %1 に指定してください。</translation>
    </message>
    <message>
        <source>Node.js stops reading the file %2 at damaged part %3, so it loses the %4 certificates after it.</source>
        <translation>Node.js はファイル %2 の壊れた部分 %3 で読み込みをやめるため、その後ろの証明書 %4 件が使われません。</translation>
    </message>
    <message>
        <source>%1 takes priority, so %2 (%3) has no effect.</source>
        <translation>%1 が優先されるため、%2（%3）は効果がありません。</translation>
    </message>
    <message>
        <source>Remove the setting that has no effect, or make both name the same file.</source>
        <translation>効果のない設定を削除するか、両方に同じファイルを指定してください。</translation>
    </message>
    <message>
        <source>This tool does not read %1.</source>
        <translation>このツールは %1 を読み込みません。</translation>
    </message>
    <message>
        <source>Use the setting this tool reads; see the rule in the tooltip.</source>
        <translation>このツールが読み込む設定を使ってください。規則はツールチップに表示されます。</translation>
    </message>
    <message>
        <source>%1 (%2) turns certificate checks off. Anyone on the network could read or change this tool&apos;s traffic.</source>
        <translation>%1（%2）により証明書の検証が無効になっています。ネットワーク上の誰でも、このツールの通信を読み取ったり書き換えたりできます。</translation>
    </message>
    <message>
        <source>Remove %1. Do not turn certificate checks off; use TrustDesk&apos;s merged bundle instead.</source>
        <translation>%1 を削除してください。証明書の検証を無効化することは行わないでください。代わりに TrustDesk の統合バンドルを使ってください。</translation>
    </message>
    <message>
        <source>The settings file %1 could not be read: %2</source>
        <translation>設定ファイル %1 を読み込めませんでした：%2</translation>
    </message>
    <message>
        <source>Fix the file&apos;s text or its permissions.</source>
        <translation>ファイルの内容またはアクセス権を修正してください。</translation>
    </message>
    <message>
        <source>%1 was not found on this computer.</source>
        <translation>%1 はこのコンピューターに見つかりませんでした。</translation>
    </message>
    <message>
        <source>Nothing to do if you do not use it.</source>
        <translation>使っていない場合は、対処は不要です。</translation>
    </message>
    <message>
        <source>%1 did not answer TrustDesk&apos;s question: %2</source>
        <translation>%1 が TrustDesk の問い合わせに応答しませんでした：%2</translation>
    </message>
    <message>
        <source>Check that it starts from a terminal, then press “Refresh”.</source>
        <translation>ターミナルから起動できることを確認してから、「再確認」を押してください。</translation>
    </message>
    <message>
        <source>The AWS profile “%1” does not exist, so AWS tools stop at once.</source>
        <translation>AWS のプロファイル「%1」が存在しないため、AWS のツールはすぐに停止します。</translation>
    </message>
    <message>
        <source>Correct AWS_PROFILE or add the profile to the AWS config file.</source>
        <translation>AWS_PROFILE を修正するか、AWS の設定ファイルにそのプロファイルを追加してください。</translation>
    </message>
    <message>
        <source>the file is saved as UTF-16</source>
        <translation>ファイルが UTF-16 で保存されています</translation>
    </message>
    <message>
        <source>the file is binary DER</source>
        <translation>ファイルがバイナリの DER 形式です</translation>
    </message>
    <message>
        <source>the file is PKCS#7</source>
        <translation>ファイルが PKCS#7 形式です</translation>
    </message>
    <message>
        <source>the blocks are TRUSTED CERTIFICATE</source>
        <translation>ブロックが TRUSTED CERTIFICATE 形式です</translation>
    </message>
    <message>
        <source>no certificate block</source>
        <translation>証明書のブロックがありません</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>対処は不要です。</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>注意</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>  File: %1</source>
        <translation>  ファイル：%1</translation>
    </message>
    <message>
        <source>  Certificates: %1</source>
        <translation>  証明書の数：%1</translation>
    </message>
    <message>
        <source>  Trusted for websites: %1</source>
        <translation>  Web サイト用に信頼：%1</translation>
    </message>
    <message>
        <source>  Damaged parts skipped: %n</source>
        <translation>  読み飛ばした壊れた部分：%n 件</translation>
    </message>
    <message>
        <source>  Contains your organisation&apos;s certificate: %1</source>
        <translation>  組織のルート証明書を含む：%1</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>  Uses: %1</source>
        <translation>  使用：%1</translation>
    </message>
    <message>
        <source>  %1: %2</source>
        <translation>  %1：%2</translation>
    </message>
    <message>
        <source>    What to do: %1</source>
        <translation>    対処方法：%1</translation>
    </message>
</context>
<context>
    <name>ToolsView</name>
    <message>
        <source>Each tool finds its certificates in its own way. This list shows the file each tool really uses, and whether that works behind your organisation&apos;s proxy.</source>
        <translation>証明書の探し方はツールごとに異なります。この一覧は、各ツールが実際に使うファイルと、組織のプロキシ経由で接続できるかどうかを示します。</translation>
    </message>
    <message>
        <source>Tools and the certificates they use</source>
        <translation>ツールと使用する証明書</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>問題</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>対処方法</translation>
    </message>
    <message>
        <source>Problems of the selected tool</source>
        <translation>選択したツールの問題</translation>
    </message>
    <message>
        <source>Select a tool to see all of its problems.</source>
        <translation>ツールを選択すると、そのすべての問題が表示されます。</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1：問題は見つかりませんでした。</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message numerus="yes">
        <source>Problems found: %n.</source>
        <translation>
            <numerusform>見つかった問題：%n 件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrustScan</name>
    <message>
        <source>Reading the certificate lists on this computer…</source>
        <translation>このコンピューターの信頼する証明書の一覧を読み込んでいます…</translation>
    </message>
    <message>
        <source>Checking which certificates each tool uses…</source>
        <translation>各ツールが使う証明書を確認しています…</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>確認しています…</translation>
    </message>
    <message>
        <source>The certificate lists on this computer could not be checked. Press “Refresh” to try again.</source>
        <translation>このコンピューターの信頼する証明書の一覧を確認できませんでした。もう一度試すには「再確認」を押してください。</translation>
    </message>
</context>
</TS>
