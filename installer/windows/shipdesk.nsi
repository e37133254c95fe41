; ShipDesk's Windows installer: ShipDesk-Setup-<version>.exe, per user (no administrator rights needed).
;
; Installs the PyInstaller folder (ShipDesk.exe + _internal\) to %LOCALAPPDATA%\Programs\ShipDesk, adds
; Start-menu and desktop shortcuts and an uninstaller registered under HKCU, and upgrades over an earlier
; version: the earlier one is uninstalled first, so no file of an old _internal\ lingers. The packer's data
; (%LOCALAPPDATA%\ShipDesk: label journal, settings) is never touched; API keys stay in Credential Locker.
;
; Built by `python installer/build.py nsis`, which passes the defines below from pyproject.toml. It compiles
; with makensis on Linux as well (against the Linux bundle folder), which is how the script is checked
; outside Windows.

!ifndef APP_NAME | VERSION | WIN_VERSION | PUBLISHER | DESCRIPTION | BUNDLE_FILES | ICON | OUTFILE
  !error "build.py passes APP_NAME, VERSION, WIN_VERSION, PUBLISHER, DESCRIPTION, BUNDLE_FILES, ICON and OUTFILE"
!endif

Unicode true
ManifestDPIAware true
!ifdef QUICK_COMPRESSION  ; build.py nsis --quick: checks the script against a big bundle in seconds
  SetCompressor zlib
!else
  SetCompressor /SOLID lzma
!endif
RequestExecutionLevel user

!define EXE "${APP_NAME}.exe"
!define UNINSTALLER "uninstall.exe"
!define UNINST_KEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\${APP_NAME}"

!include "MUI2.nsh"
!include "LogicLib.nsh"
!include "FileFunc.nsh"
!include "WordFunc.nsh"
!include "WinVer.nsh"
!include "x64.nsh"

Name "${APP_NAME}"
OutFile "${OUTFILE}"
InstallDir "$LOCALAPPDATA\Programs\${APP_NAME}"
InstallDirRegKey HKCU "${UNINST_KEY}" "InstallLocation"
BrandingText "${APP_NAME} ${VERSION}"

Var PreviousDir        ; where an installed ShipDesk lives ("" when none)
Var PreviousVersion    ; its DisplayVersion, for the messages
Var PreviousNumber     ; its four-number version, for comparing

!define MUI_ICON "${ICON}"
!define MUI_UNICON "${ICON}"
!define MUI_ABORTWARNING
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXE}"
!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "English"
!insertmacro MUI_LANGUAGE "French"

; The interface is English and French; so is the installer (Windows' display language picks).
LangString NeedsWindows10 ${LANG_ENGLISH} "${APP_NAME} needs 64-bit Windows 10 or later."
LangString NeedsWindows10 ${LANG_FRENCH} "${APP_NAME} nécessite Windows 10 (64 bits) ou une version plus récente."
LangString NewerInstalled ${LANG_ENGLISH} "${APP_NAME} $PreviousVersion is installed, which is newer than this installer (${VERSION}).$\r$\n$\r$\nReplace it with ${VERSION}?"
LangString NewerInstalled ${LANG_FRENCH} "${APP_NAME} $PreviousVersion est installé ; c'est une version plus récente que cet installateur (${VERSION}).$\r$\n$\r$\nLe remplacer par la version ${VERSION} ?"
LangString AppRunning ${LANG_ENGLISH} "${APP_NAME} is open. Close it (File > Quit), then click Retry."
LangString AppRunning ${LANG_FRENCH} "${APP_NAME} est ouvert. Fermez-le (Fichier > Quitter), puis cliquez sur Réessayer."
LangString RemoveFailed ${LANG_ENGLISH} "The previous version of ${APP_NAME} could not be removed (code $0). Close ${APP_NAME} and run this installer again."
LangString RemoveFailed ${LANG_FRENCH} "L'ancienne version de ${APP_NAME} n'a pas pu être supprimée (code $0). Fermez ${APP_NAME} et relancez cet installateur."

VIProductVersion "${WIN_VERSION}"
VIFileVersion "${WIN_VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductName" "${APP_NAME}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "FileDescription" "${APP_NAME} Setup: ${DESCRIPTION}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "CompanyName" "${PUBLISHER}"
VIAddVersionKey /LANG=${LANG_ENGLISH} "LegalCopyright" "${PUBLISHER}"

; Waits, with Retry/Cancel, until ShipDesk.exe in DIR is not running: Windows locks a running .exe against
; writing, so opening it for append fails exactly while it runs.
!macro WaitUntilClosed DIR
  ${Do}
    ${IfNot} ${FileExists} "${DIR}\${EXE}"
      ${Break}
    ${EndIf}
    ClearErrors
    FileOpen $R9 "${DIR}\${EXE}" a
    ${IfNot} ${Errors}
      FileClose $R9
      ${Break}
    ${EndIf}
    MessageBox MB_RETRYCANCEL|MB_ICONEXCLAMATION "$(AppRunning)" /SD IDCANCEL IDRETRY +3
    SetErrorLevel 2  ; cancelled: an upgrade calling this uninstaller sees the failure
    Quit
  ${Loop}
!macroend

Function .onInit
  ${IfNot} ${RunningX64}
  ${OrIfNot} ${AtLeastWin10}
    MessageBox MB_OK|MB_ICONSTOP "$(NeedsWindows10)" /SD IDOK
    Quit
  ${EndIf}
  ReadRegStr $PreviousDir HKCU "${UNINST_KEY}" "InstallLocation"
  ReadRegStr $PreviousVersion HKCU "${UNINST_KEY}" "DisplayVersion"
  ReadRegStr $PreviousNumber HKCU "${UNINST_KEY}" "VersionNumber"
  ${If} $PreviousDir != ""
  ${AndIf} $PreviousNumber != ""
    ${VersionCompare} "$PreviousNumber" "${WIN_VERSION}" $R0
    ${If} $R0 == 1  ; the installed one is newer: only on purpose
      MessageBox MB_YESNO|MB_ICONEXCLAMATION "$(NewerInstalled)" /SD IDNO IDYES +2
      Quit
    ${EndIf}
  ${EndIf}
FunctionEnd

Section "${APP_NAME}" SecMain
  SectionIn RO
  SetShellVarContext current
  !insertmacro WaitUntilClosed "$INSTDIR"

  ; Upgrade: the installed version's own uninstaller removes its files (in place: _?= makes ExecWait wait
  ; for it), so nothing of the old _internal\ is left beside the new one. Shortcuts and the registry entry
  ; are written again below.
  ${If} $PreviousDir != ""
  ${AndIf} ${FileExists} "$PreviousDir\${UNINSTALLER}"
    !insertmacro WaitUntilClosed "$PreviousDir"
    ExecWait '"$PreviousDir\${UNINSTALLER}" /S _?=$PreviousDir' $0
    ${If} $0 != 0
      MessageBox MB_OK|MB_ICONSTOP "$(RemoveFailed)" /SD IDOK
      Abort
    ${EndIf}
    Delete "$PreviousDir\${UNINSTALLER}"
    RMDir "$PreviousDir"
  ${EndIf}

  SetOutPath "$INSTDIR"
  File /r "${BUNDLE_FILES}"  ; <bundle folder>\* in the build machine's own separators
  WriteUninstaller "$INSTDIR\${UNINSTALLER}"

  CreateShortcut "$SMPROGRAMS\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0
  CreateShortcut "$DESKTOP\${APP_NAME}.lnk" "$INSTDIR\${EXE}" "" "$INSTDIR\${EXE}" 0

  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayName" "${APP_NAME}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "VersionNumber" "${WIN_VERSION}"
  WriteRegStr HKCU "${UNINST_KEY}" "Publisher" "${PUBLISHER}"
  WriteRegStr HKCU "${UNINST_KEY}" "DisplayIcon" "$INSTDIR\${EXE},0"
  WriteRegStr HKCU "${UNINST_KEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${UNINST_KEY}" "UninstallString" '"$INSTDIR\${UNINSTALLER}"'
  WriteRegStr HKCU "${UNINST_KEY}" "QuietUninstallString" '"$INSTDIR\${UNINSTALLER}" /S'
  WriteRegDWORD HKCU "${UNINST_KEY}" "EstimatedSize" "$0"
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoModify" 1
  WriteRegDWORD HKCU "${UNINST_KEY}" "NoRepair" 1
SectionEnd

Section "Uninstall"
  SetShellVarContext current
  !insertmacro WaitUntilClosed "$INSTDIR"
  ; Only what the installer put there: a folder chosen by hand may hold other things.
  Delete "$INSTDIR\${EXE}"
  RMDir /r "$INSTDIR\_internal"
  Delete "$INSTDIR\${UNINSTALLER}"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APP_NAME}.lnk"
  Delete "$DESKTOP\${APP_NAME}.lnk"
  DeleteRegKey HKCU "${UNINST_KEY}"
SectionEnd
