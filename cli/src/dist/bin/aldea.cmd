@echo off
rem The aldea command: runs org.aldea.cli.Aldea on the jars in this distribution's lib folder.
rem JAVA_HOME chooses the Java to run on (17 or later; else the java on the PATH). ALDEA_OPTS adds
rem options for the Java virtual machine, after the launcher's own, so it can override them.
setlocal
rem The distribution's folder, its full path without "bin\..": the class-data archive names it so.
for %%i in ("%~dp0..") do set "ALDEA_HOME=%%~fi"
if defined JAVA_HOME (
  set "ALDEA_JAVA=%JAVA_HOME%\bin\java.exe"
) else (
  set "ALDEA_JAVA=java"
)
rem The parallel collector, the client compiler only, a young generation of 32 MiB, and what outlives
rem one young collection moved out of it at the next: see bin/aldea for why. Most classes from
rem lib\aldea.jsa, archived by the build, where it was made only: the folder lib\aldea.jsa.home
rem names (see bin/aldea for why).
rem No parenthesised block holds a path unquoted: a ")" in it (Program Files (x86)) would end it.
set "ALDEA_VM=-XX:+UseParallelGC -XX:TieredStopAtLevel=1 -Xmn32m -XX:MaxTenuringThreshold=1"
set "ALDEA_MADE_FOR="
if not exist "%ALDEA_HOME%\lib\aldea.jsa" goto without_archive
if not exist "%ALDEA_HOME%\lib\aldea.jsa.home" goto without_archive
for /f "usebackq delims=" %%i in ("%ALDEA_HOME%\lib\aldea.jsa.home") do set "ALDEA_MADE_FOR=%%i"
if not "%ALDEA_MADE_FOR%"=="%ALDEA_HOME%" goto without_archive
"%ALDEA_JAVA%" %ALDEA_VM% "-XX:SharedArchiveFile=%ALDEA_HOME%\lib\aldea.jsa" "-Xlog:cds*=off" %ALDEA_OPTS% -cp "%ALDEA_HOME%\lib\*" org.aldea.cli.Aldea %*
exit /b %ERRORLEVEL%
:without_archive
"%ALDEA_JAVA%" %ALDEA_VM% %ALDEA_OPTS% -cp "%ALDEA_HOME%\lib\*" org.aldea.cli.Aldea %*
exit /b %ERRORLEVEL%
