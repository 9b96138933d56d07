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
rem The parallel collector, the client compiler only and a young generation of 32 MiB: see bin/aldea
rem for why. The classes of the main job from lib\aldea.jsa, archived by the build, when it is there.
rem No parenthesised block holds a path unquoted: a ")" in it (Program Files (x86)) would end it.
set "ALDEA_VM=-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmn32m"
if not exist "%ALDEA_HOME%\lib\aldea.jsa" goto without_archive
"%ALDEA_JAVA%" %ALDEA_VM% "-XX:SharedArchiveFile=%ALDEA_HOME%\lib\aldea.jsa" "-Xlog:cds*=off" %ALDEA_OPTS% -cp "%ALDEA_HOME%\lib\*" org.aldea.cli.Aldea %*
exit /b %ERRORLEVEL%
:without_archive
"%ALDEA_JAVA%" %ALDEA_VM% %ALDEA_OPTS% -cp "%ALDEA_HOME%\lib\*" org.aldea.cli.Aldea %*
exit /b %ERRORLEVEL%
