@echo off
rem The aldea command: runs org.aldea.cli.Aldea on the jars in this distribution's lib folder.
rem JAVA_HOME chooses the Java to run on (17 or later; else the java on the PATH). ALDEA_OPTS adds
rem options for the Java virtual machine, after the launcher's own, so it can override them.
setlocal
set "ALDEA_HOME=%~dp0.."
if defined JAVA_HOME (
  set "ALDEA_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "ALDEA_JAVA=java"
)
"%ALDEA_JAVA%" -XX:+UseSerialGC %ALDEA_OPTS% -cp "%ALDEA_HOME%\lib\*" org.aldea.cli.Aldea %*
exit /b %ERRORLEVEL%
