# Build TrustDesk on Windows: the PyInstaller folder dist\trustdesk\, then the per-user installer
# dist\TrustDesk-<version>-setup.exe with Inno Setup 6.
# Usage (PowerShell, from anywhere): packaging\windows\build.ps1
# Needs Python 3.11+ on PATH (py launcher) and Inno Setup 6 (ISCC.exe in its default folder or on PATH).
$ErrorActionPreference = "Stop"
$root = Resolve-Path (Join-Path $PSScriptRoot "..\..")
Set-Location $root

if (-not (Test-Path ".venv\Scripts\python.exe")) { py -3 -m venv .venv }
.venv\Scripts\python.exe -m pip install --quiet --upgrade pip
.venv\Scripts\python.exe -m pip install --quiet --editable ".[packaging]"
if ($LASTEXITCODE -ne 0) { throw "pip install failed" }

.venv\Scripts\python.exe -m PyInstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller packaging\trustdesk.spec
if ($LASTEXITCODE -ne 0) { throw "PyInstaller failed" }

# The console twin prints the report; the windowed trustdesk.exe has no console.
dist\trustdesk\trustdesk-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "trustdesk --self-test failed" }

$version = (.venv\Scripts\python.exe -c "import trustdesk; print(trustdesk.__version__)").Trim()
$iscc = (Get-Command ISCC.exe -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = Join-Path ${env:ProgramFiles(x86)} "Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" packaging\windows\trustdesk.iss
if ($LASTEXITCODE -ne 0) { throw "ISCC failed" }
Write-Host "built dist\TrustDesk-$version-setup.exe"
