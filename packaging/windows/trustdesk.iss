; Inno Setup 6 script: a per-user installer for the PyInstaller build in dist\trustdesk\.
; Build on Windows with packaging\windows\build.ps1 (it runs PyInstaller, then ISCC on this file).
; No administrator rights: the app goes to %LOCALAPPDATA%\Programs\TrustDesk and a Start menu entry
; is made for the current user. The uninstaller removes the app and keeps the user's data folder
; (%LOCALAPPDATA%\TrustDesk: the merged bundle, the organisation CAs and the journal of applied
; settings) unless the user ticks the box to remove it too.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif

[Setup]
; A fixed AppId lets a newer installer upgrade an older installation in place.
AppId={{6B2F4C1E-3D8A-4F7B-9E21-5A7C0D9B4E63}
AppName=TrustDesk
AppVersion={#AppVersion}
AppPublisher=TrustDesk
DefaultDirName={userpf}\TrustDesk
DefaultGroupName=TrustDesk
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\dist
OutputBaseFilename=TrustDesk-{#AppVersion}-setup
SetupIconFile=..\..\resources\icons\trustdesk.ico
UninstallDisplayIcon={app}\trustdesk.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "ja"; MessagesFile: "compiler:Languages\Japanese.isl"
Name: "en"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
ja.RemoveUserData=TrustDesk のデータ（統合バンドル、組織の証明書、設定の記録）も削除しますか？%n%n「いいえ」を選ぶと %1 に残ります。開発ツールがこのバンドルを参照している場合は「いいえ」を選んでください。
en.RemoveUserData=Also delete TrustDesk's data (the merged bundle, the organisation certificates and the record of applied settings)?%n%nChoose No to keep it in %1. Choose No if your developer tools still point at this bundle.

[Files]
Source: "..\..\dist\trustdesk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{userprograms}\TrustDesk"; Filename: "{app}\trustdesk.exe"; WorkingDir: "{app}"
Name: "{userdesktop}\TrustDesk"; Filename: "{app}\trustdesk.exe"; WorkingDir: "{app}"; Tasks: desktopicon

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Run]
Filename: "{app}\trustdesk.exe"; Description: "{cm:LaunchProgram,TrustDesk}"; Flags: nowait postinstall skipifsilent

[Code]
// platformdirs.user_data_dir("TrustDesk", appauthor=False) on Windows is %LOCALAPPDATA%\TrustDesk,
// a different folder from {app}, so uninstalling the app never touches it unless the user says so.
function UserDataDir(): String;
begin
  Result := ExpandConstant('{localappdata}\TrustDesk');
end;

procedure CurUninstallStepChanged(CurUninstallStep: TUninstallStep);
var
  Folder: String;
begin
  if CurUninstallStep <> usPostUninstall then
    exit;
  Folder := UserDataDir();
  if not DirExists(Folder) then
    exit;
  // A silent uninstall (/SILENT, /VERYSILENT) keeps the data: MsgBox returns the default, No.
  if SuppressibleMsgBox(FmtMessage(CustomMessage('RemoveUserData'), [Folder]),
      mbConfirmation, MB_YESNO or MB_DEFBUTTON2, IDNO) = IDYES then
    DelTree(Folder, True, True, True);
end;
