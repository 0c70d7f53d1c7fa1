@echo off
rem seam-revoke-batch for Windows (docs/install.md): finds Java (JAVA_HOME, then PATH) and starts
rem lib\seam-revoke-batch.jar with JAVA_OPTS. It starts the jar the plain way: the faster start of
rem the POSIX launcher (an AOT cache or CDS archive per jar and Java) is not built here.
setlocal
set "APP_HOME=%~dp0.."
set "JAR=%APP_HOME%\lib\seam-revoke-batch.jar"
if not exist "%JAR%" (
  echo seam-revoke-batch: %JAR% is missing: unpack the whole distribution again 1>&2
  exit /b 2
)
if defined JAVA_HOME (
  set "JAVA_EXE=%JAVA_HOME%\bin\java.exe"
) else (
  set "JAVA_EXE=java.exe"
)
if defined JAVA_HOME if not exist "%JAVA_EXE%" (
  echo seam-revoke-batch: JAVA_HOME is "%JAVA_HOME%", which has no bin\java.exe: point it at a Java 17 or newer 1>&2
  exit /b 2
)
if not defined JAVA_HOME (
  where java.exe >nul 2>&1 || (
    echo seam-revoke-batch: no Java found: install Java 17 or newer, or set JAVA_HOME 1>&2
    exit /b 2
  )
)
if "%~1"=="--prepare" (
  echo seam-revoke-batch: --prepare is for the POSIX launcher; on Windows the jar starts the plain way 1>&2
  exit /b 0
)
rem the JIT's first tier only, as the POSIX launcher (docs/install.md); JAVA_OPTS may override it
"%JAVA_EXE%" -XX:TieredStopAtLevel=1 %JAVA_OPTS% -Dseam-revoke-batch.command=seam-revoke-batch -jar "%JAR%" %*
exit /b %ERRORLEVEL%
