<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja_JP">
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
        <source>Basic constraints</source>
        <translation>基本制限</translation>
    </message>
    <message>
        <source>Key usage</source>
        <translation>キー使用法</translation>
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
        <source>Not present</source>
        <translation>なし</translation>
    </message>
    <message>
        <source>%1, %2 bits</source>
        <translation>%1、%2 ビット</translation>
    </message>
    <message>
        <source>Certificate authority</source>
        <translation>認証局 (CA)</translation>
    </message>
    <message>
        <source>Not a certificate authority</source>
        <translation>認証局 (CA) ではありません</translation>
    </message>
    <message>
        <source>path length %1</source>
        <translation>パス長 %1</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>重要</translation>
    </message>
    <message>
        <source>not critical</source>
        <translation>重要ではない</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Certificate files (*.pem *.crt *.cer *.der *.txt)</source>
        <translation>証明書ファイル (*.pem *.crt *.cer *.der *.txt)</translation>
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
        <source>Check again</source>
        <translation>もう一度確認</translation>
    </message>
    <message>
        <source>Check the certificate lists again</source>
        <translation>信頼する証明書の一覧をもう一度確認します</translation>
    </message>
    <message>
        <source>Tools on this computer read these certificate lists. “Yes” means the list already includes your organisation&apos;s certificate.</source>
        <translation>このコンピューターのツールは、これらの一覧を読んで証明書を信頼します。「はい」は、その一覧に組織の証明書がすでに含まれていることを示します。</translation>
    </message>
    <message>
        <source>Your organisation&apos;s certificates</source>
        <translation>組織の証明書</translation>
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
        <source>The certificate lists on this computer could not be read. Press “Check again”.</source>
        <translation>このコンピューターの証明書の一覧を読み込めませんでした。「もう一度確認」を押してください。</translation>
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
        <source>Nothing more to do for this connection.</source>
        <translation>この接続について、これ以上の作業は必要ありません。</translation>
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
        <source>No certificate was found in %1. Ask your IT helpdesk for the organisation&apos;s root certificate.</source>
        <translation>%1 に証明書が見つかりませんでした。情報システム部門（ヘルプデスク）に組織のルート証明書を依頼してください。</translation>
    </message>
    <message>
        <source>The file %1 could not be read. Try again, or ask your IT helpdesk for a new copy.</source>
        <translation>ファイル %1 を読み込めませんでした。もう一度お試しいただくか、情報システム部門（ヘルプデスク）に新しいファイルを依頼してください。</translation>
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
    <message numerus="yes">
        <source>New certificates imported from %1: %n.</source>
        <translation>
            <numerusform>%1 から新しい証明書を %n 件インポートしました。</numerusform>
        </translation>
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
    <name>StoreTableModel</name>
    <message>
        <source>Certificate list</source>
        <translation>証明書の一覧</translation>
    </message>
    <message>
        <source>Certificates</source>
        <translation>証明書の数</translation>
    </message>
    <message>
        <source>Includes your organisation&apos;s certificate</source>
        <translation>組織の証明書を含む</translation>
    </message>
    <message>
        <source>File</source>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>Python tools (certifi)</source>
        <translation>Python のツール (certifi)</translation>
    </message>
    <message>
        <source>This computer (OS certificate store)</source>
        <translation>このコンピューター（OS の証明書ストア）</translation>
    </message>
    <message>
        <source>Merged bundle made by TrustDesk</source>
        <translation>TrustDesk が作成した統合バンドル</translation>
    </message>
    <message>
        <source>Set by the variable %1</source>
        <translation>環境変数 %1 で指定</translation>
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
        <source>Not built yet</source>
        <translation>まだ作成されていません</translation>
    </message>
    <message>
        <source>Not found or unreadable</source>
        <translation>見つからないか、読み込めません</translation>
    </message>
    <message>
        <source>Import your organisation&apos;s certificate to check this.</source>
        <translation>確認するには、組織の証明書をインポートしてください。</translation>
    </message>
    <message numerus="yes">
        <source>Damaged parts skipped: %n</source>
        <translation>
            <numerusform>読み飛ばした壊れた部分：%n 件</numerusform>
        </translation>
    </message>
</context>
</TS>
