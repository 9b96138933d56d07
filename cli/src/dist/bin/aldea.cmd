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
rem The classes of the main job from lib\aldea.jsa, archived by the build, when it is there.
if exist "%ALDEA_HOME%\lib\aldea.jsa" (
  "%ALDEA_JAVA%" -XX:+UseSerialGC "-XX:SharedArchiveFile=%ALDEA_HOME%\lib\aldea.jsa" "-Xlog:cds*=off" %ALDEA_OPTS% -cp "%ALDEA_HOME%\lib\*" org.aldea.cli.Aldea %*
) else (
  "%ALDEA_JAVA%" -XX:+UseSerialGC %ALDEA_OPTS% -cp "%ALDEA_HOME%\lib\*" org.aldea.cli.Aldea %*
)
exit /b %ERRORLEVEL%
