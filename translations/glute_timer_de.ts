<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>none (not loaded)</source>
        <translation>keine (nicht geladen)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>A follow-along timer for glute medius exercises.</source>
        <translation>Ein Timer zum Mitmachen für Übungen des mittleren Gesäßmuskels.</translation>
    </message>
    <message>
        <source>Sound output: {sound}</source>
        <translation>Tonausgabe: {sound}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Datenordner: {folder}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No sound: {error}</source>
        <translation>Kein Ton: {error}</translation>
    </message>
    <message>
        <source>Rating saved.</source>
        <translation>Bewertung gespeichert.</translation>
    </message>
    <message>
        <source>History cannot be saved</source>
        <translation>Verlauf kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Part of a workout could not be saved</source>
        <translation>Ein Teil des Trainings ließ sich nicht speichern</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Etwas ist schiefgelaufen; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>History and custom routines are unavailable: {reason}</source>
        <translation>Verlauf und eigene Programme sind nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Custom routines unavailable: {reason}</source>
        <translation>Eigene Programme nicht verfügbar: {reason}</translation>
    </message>
    <message>
        <source>Routines could not be read: {reason}</source>
        <translation>Programme konnten nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Imported “{routine}”</source>
        <translation>„{routine}“ importiert</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Gespeichert unter {path}</translation>
    </message>
    <message>
        <source>No sound output is working: {sound}</source>
        <translation>Keine Tonausgabe funktioniert: {sound}</translation>
    </message>
    <message>
        <source>Sound is muted (M turns it back on).</source>
        <translation>Ton ist aus (M schaltet ihn wieder ein).</translation>
    </message>
    <message>
        <source>Played at {volume}%.</source>
        <translation>Mit {volume} % abgespielt.</translation>
    </message>
</context>
<context>
    <name>AppPlan</name>
    <message>
        <source>The plan is unavailable; details are in the log.</source>
        <translation>Der Plan ist nicht verfügbar; Details stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Finish or stop this workout to start {routine}</source>
        <translation>Schließ dieses Training ab oder beende es, um {routine} zu starten</translation>
    </message>
    <message>
        <source>{app} is in the middle of a workout: finish or stop it to start {routine}.</source>
        <translation>{app} ist mitten in einem Training: Schließ es ab oder beende es, um {routine} zu starten.</translation>
    </message>
    <message>
        <source>No routine called {routine}</source>
        <translation>Kein Programm namens {routine}</translation>
    </message>
    <message>
        <source>{app} has no routine called {routine}.</source>
        <translation>{app} hat kein Programm namens {routine}.</translation>
    </message>
    <message>
        <source>Started {routine} in the {app} already open.</source>
        <translation>{routine} im bereits geöffneten {app} gestartet.</translation>
    </message>
</context>
<context>
    <name>CheckedEdits</name>
    <message>
        <source>Rename routine</source>
        <translation>Programm umbenennen</translation>
    </message>
    <message>
        <source>Change get-ready time</source>
        <translation>Vorbereitungszeit ändern</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Beschreibung ändern</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>Aufruf: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>Argumente</translation>
    </message>
    <message>
        <source>options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>diese Hilfe zeigen und beenden</translation>
    </message>
    <message>
        <source>{problem} (see &apos;{program} --help&apos;)</source>
        <translation>{problem} (siehe &apos;{program} --help&apos;)</translation>
    </message>
    <message>
        <source>cannot open the database {file}: {reason}</source>
        <translation>Die Datenbank {file} lässt sich nicht öffnen: {reason}</translation>
    </message>
    <message>
        <source>no routine named {name}; &apos;glute-timer routines&apos; lists them</source>
        <translation>Kein Programm namens {name}; &apos;glute-timer routines&apos; listet alle auf</translation>
    </message>
    <message>
        <source>{file}: {problem} (use --replace to overwrite it)</source>
        <translation>{file}: {problem} (mit --replace wird es überschrieben)</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Imported {routine}.</source>
        <translation>{routine} importiert.</translation>
    </message>
    <message>
        <source>{file}: cannot be written: {reason}</source>
        <translation>{file}: lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message>
        <source>Exported {routine} to {file}.</source>
        <translation>{routine} nach {file} exportiert.</translation>
    </message>
    <message>
        <source>--limit must be from 1 to {largest}</source>
        <translation>--limit muss zwischen 1 und {largest} liegen</translation>
    </message>
    <message>
        <source>cannot read the history in {file}: {reason}</source>
        <translation>Der Verlauf in {file} lässt sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>no display found: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open; the command-line commands work without one (see &apos;glute-timer --help&apos;)</source>
        <translation>Kein Bildschirm gefunden: Weder DISPLAY noch WAYLAND_DISPLAY ist gesetzt, daher kann sich das Fenster nicht öffnen; die Befehle für die Kommandozeile funktionieren auch ohne (siehe &apos;glute-timer --help&apos;)</translation>
    </message>
    <message>
        <source>history import: name the FILE.json to import</source>
        <translation>history import: Gib die Datei FILE.json an, die importiert werden soll</translation>
    </message>
    <message>
        <source>history import takes only the FILE.json</source>
        <translation>history import nimmt nur die Datei FILE.json</translation>
    </message>
    <message>
        <source>cannot write the report: {reason}</source>
        <translation>Der Bericht lässt sich nicht schreiben: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n Seite</numerusform>
            <numerusform>%n Seiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {pages}, {sessions}.</source>
        <translation>{file} geschrieben: {pages}, {sessions}.</translation>
    </message>
    <message>
        <source>A follow-along timer for glute medius exercises. With no command, opens the app.</source>
        <translation>Ein Timer zum Mitmachen für Übungen des mittleren Gesäßmuskels. Ohne Befehl öffnet sich die App.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>Versionsnummer zeigen und beenden</translation>
    </message>
    <message>
        <source>where data lives (default: $GLUTE_TIMER_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation>wo die Daten liegen (Standard: $GLUTE_TIMER_DATA_DIR oder der Datenordner des Systems)</translation>
    </message>
    <message>
        <source>force an audio backend (default: the saved setting, else auto)</source>
        <translation>ein Audio-Backend erzwingen (Standard: die gespeicherte Einstellung, sonst auto)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>Befehle</translation>
    </message>
    <message>
        <source>list built-in and custom routines</source>
        <translation>mitgelieferte und eigene Programme auflisten</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>print a routine&apos;s steps</source>
        <translation>die Schritte eines Programms zeigen</translation>
    </message>
    <message>
        <source>print a JSON list of steps</source>
        <translation>die Schritte als JSON-Liste ausgeben</translation>
    </message>
    <message>
        <source>store a routine file (.toml or .json) as a custom routine</source>
        <translation>eine Programmdatei (.toml oder .json) als eigenes Programm speichern</translation>
    </message>
    <message>
        <source>overwrite a custom routine of that name</source>
        <translation>ein eigenes Programm mit diesem Namen überschreiben</translation>
    </message>
    <message>
        <source>write a routine to FILE (.toml or .json)</source>
        <translation>ein Programm in FILE schreiben (.toml oder .json)</translation>
    </message>
    <message>
        <source>print recorded sessions, newest first; &apos;history import FILE.json&apos; merges an export</source>
        <translation>aufgezeichnete Einheiten zeigen, neueste zuerst; &apos;history import FILE.json&apos; führt einen Export zusammen</translation>
    </message>
    <message>
        <source>merge FILE.json (a history --json export) into the history</source>
        <translation>FILE.json (einen Export von history --json) in den Verlauf übernehmen</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>die zu importierende Datei</translation>
    </message>
    <message>
        <source>print JSON (sessions with their steps)</source>
        <translation>JSON ausgeben (Einheiten mit ihren Schritten)</translation>
    </message>
    <message>
        <source>print CSV (one row per step)</source>
        <translation>CSV ausgeben (eine Zeile pro Schritt)</translation>
    </message>
    <message>
        <source>only the N newest sessions</source>
        <translation>nur die N neuesten Einheiten</translation>
    </message>
    <message>
        <source>only sessions of this routine</source>
        <translation>nur Einheiten dieses Programms</translation>
    </message>
    <message>
        <source>write a progress report for your physio (PDF)</source>
        <translation>einen Fortschrittsbericht für deine Physio schreiben (PDF)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>die PDF-Datei, die geschrieben wird</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>erster Tag, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default today)</source>
        <translation>letzter Tag, YYYY-MM-DD (Standard: heute)</translation>
    </message>
    <message>
        <source>only this routine</source>
        <translation>nur dieses Programm</translation>
    </message>
    <message>
        <source>the person&apos;s name, printed on the report</source>
        <translation>dein Name, er steht auf dem Bericht</translation>
    </message>
    <message>
        <source>also write the report&apos;s numbers as CSV</source>
        <translation>die Zahlen des Berichts auch als CSV schreiben</translation>
    </message>
    <message>
        <source>open the app and start a routine at once</source>
        <translation>die App öffnen und gleich ein Programm starten</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source>{variable}={value} is not an ISO date and time</source>
        <translation>{variable}={value} ist kein ISO-Datum mit Uhrzeit</translation>
    </message>
    <message>
        <source>{variable}={value} needs a UTC offset, e.g. 2026-03-27T07:30:00+01:00</source>
        <translation>{variable}={value} braucht einen UTC-Versatz, z. B. 2026-03-27T07:30:00+01:00</translation>
    </message>
    <message>
        <source>Nothing planned. Add a routine: glute-timer plan add &quot;Wall push&quot; --daily --at 07:30</source>
        <translation>Noch nichts geplant. Füg ein Programm hinzu: glute-timer plan add &quot;Wall push&quot; --daily --at 07:30</translation>
    </message>
    <message>
        <source>--at: {problem}</source>
        <translation>--at: {problem}</translation>
    </message>
    <message>
        <source>--per-week must be a whole number from 1 to 7, not {value}</source>
        <translation>--per-week muss eine ganze Zahl von 1 bis 7 sein, nicht {value}</translation>
    </message>
    <message>
        <source>--days: {problem}</source>
        <translation>--days: {problem}</translation>
    </message>
    <message>
        <source>Added {routine}: {how_often}.</source>
        <translation>{routine} hinzugefügt: {how_often}.</translation>
    </message>
    <message>
        <source>Changed {routine}: {how_often}.</source>
        <translation>{routine} geändert: {how_often}.</translation>
    </message>
    <message>
        <source>No reminder times are left in the plan: reminders uninstalled.</source>
        <translation>Im Plan sind keine Erinnerungszeiten mehr: Erinnerungen entfernt.</translation>
    </message>
    <message>
        <source>the reminders were not updated: {reason}</source>
        <translation>Die Erinnerungen wurden nicht aktualisiert: {reason}</translation>
    </message>
    <message>
        <source>{routine} is not in the plan; &apos;glute-timer plan&apos; shows it</source>
        <translation>{routine} ist nicht im Plan; &apos;glute-timer plan&apos; zeigt ihn</translation>
    </message>
    <message>
        <source>Removed {routine} from the plan.</source>
        <translation>{routine} aus dem Plan entfernt.</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Heute, {date}</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Heute steht nichts an.</translation>
    </message>
    <message>
        <source>({done} of {needed} this week)</source>
        <translation>({done} von {needed} diese Woche)</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Serie: %n Tag</numerusform>
            <numerusform>Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: nothing due yet</source>
        <translation>Diese Woche: noch nichts fällig</translation>
    </message>
    <message>
        <source>This week: {done} of {due} days done ({percent}%)</source>
        <translation>Diese Woche: {done} von {due} Tagen erledigt ({percent} %)</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>dddd, d. MMMM yyyy</translation>
    </message>
    <message>
        <source>Marked as a rest day: it never breaks a streak.</source>
        <translation>Als Ruhetag eingetragen: Er unterbricht nie eine Serie.</translation>
    </message>
    <message>
        <source>Marked as a sick day: it never breaks a streak.</source>
        <translation>Als Krankheitstag eingetragen: Er unterbricht nie eine Serie.</translation>
    </message>
    <message>
        <source>Marked as a flare-up day: it never breaks a streak.</source>
        <translation>Als Schubtag eingetragen: Er unterbricht nie eine Serie.</translation>
    </message>
    <message>
        <source>Marked as a rest day ({reason}): it never breaks a streak.</source>
        <translation>Als Ruhetag eingetragen ({reason}): Er unterbricht nie eine Serie.</translation>
    </message>
    <message>
        <source>Marked as a sick day ({reason}): it never breaks a streak.</source>
        <translation>Als Krankheitstag eingetragen ({reason}): Er unterbricht nie eine Serie.</translation>
    </message>
    <message>
        <source>Marked as a flare-up day ({reason}): it never breaks a streak.</source>
        <translation>Als Schubtag eingetragen ({reason}): Er unterbricht nie eine Serie.</translation>
    </message>
    <message>
        <source>DATE: {value} is not a date as YYYY-MM-DD (or today, yesterday)</source>
        <translation>DATE: {value} ist kein Datum im Format YYYY-MM-DD (oder today, yesterday)</translation>
    </message>
    <message>
        <source>--kind must be one of {kinds}, not {value}</source>
        <translation>--kind muss eins von {kinds} sein, nicht {value}</translation>
    </message>
    <message>
        <source>--reason is {length} characters long; at most {most}</source>
        <translation>--reason ist {length} Zeichen lang; höchstens {most}</translation>
    </message>
    <message>
        <source>--reason must not contain control or invisible characters</source>
        <translation>--reason darf keine Steuer- oder unsichtbaren Zeichen enthalten</translation>
    </message>
    <message>
        <source>{date} is not marked as a rest day</source>
        <translation>{date} ist nicht als Ruhetag eingetragen</translation>
    </message>
    <message>
        <source>{date} is an ordinary day again.</source>
        <translation>{date} ist wieder ein normaler Tag.</translation>
    </message>
    <message>
        <source>{date} marked as a rest day; it never breaks your streak.</source>
        <translation>{date} als Ruhetag eingetragen; er unterbricht deine Serie nie.</translation>
    </message>
    <message>
        <source>{date} marked as a sick day; it never breaks your streak.</source>
        <translation>{date} als Krankheitstag eingetragen; er unterbricht deine Serie nie.</translation>
    </message>
    <message>
        <source>{date} marked as a flare-up day; it never breaks your streak.</source>
        <translation>{date} als Schubtag eingetragen; er unterbricht deine Serie nie.</translation>
    </message>
    <message>
        <source>no suggestion {which}; &apos;glute-timer suggest&apos; lists them</source>
        <translation>Kein Vorschlag {which}; &apos;glute-timer suggest&apos; listet sie auf</translation>
    </message>
    <message>
        <source>Accepted: {change}.</source>
        <translation>Übernommen: {change}.</translation>
    </message>
    <message>
        <source>Dismissed: {suggestion}.</source>
        <translation>Ausgeblendet: {suggestion}.</translation>
    </message>
    <message>
        <source>No suggestions: keep going as planned.</source>
        <translation>Keine Vorschläge: Mach weiter wie geplant.</translation>
    </message>
    <message>
        <source>Accept one with &apos;glute-timer suggest --accept N&apos;, or hide it with --dismiss N.</source>
        <translation>Übernimm einen mit &apos;glute-timer suggest --accept N&apos; oder blende ihn mit --dismiss N aus.</translation>
    </message>
    <message>
        <source>show the plan; &apos;plan add&apos; and &apos;plan remove&apos; edit it</source>
        <translation>den Plan zeigen; &apos;plan add&apos; und &apos;plan remove&apos; ändern ihn</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>JSON ausgeben</translation>
    </message>
    <message>
        <source>plan commands</source>
        <translation>Plan-Befehle</translation>
    </message>
    <message>
        <source>plan a routine (or change how often)</source>
        <translation>ein Programm einplanen (oder wie oft ändern)</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <source>N days a week, any days (1 to 7)</source>
        <translation>N Tage pro Woche, beliebige Tage (1 bis 7)</translation>
    </message>
    <message>
        <source>these weekdays, e.g. mon,wed,fri</source>
        <translation>diese Wochentage, z. B. mon,wed,fri</translation>
    </message>
    <message>
        <source>remind at this local time</source>
        <translation>zu dieser Ortszeit erinnern</translation>
    </message>
    <message>
        <source>take a routine out of the plan</source>
        <translation>ein Programm aus dem Plan nehmen</translation>
    </message>
    <message>
        <source>what is due today, the streak and the week</source>
        <translation>was heute ansteht, die Serie und die Woche</translation>
    </message>
    <message>
        <source>mark a day as rest, sick or flare-up</source>
        <translation>einen Tag als Ruhe-, Krankheits- oder Schubtag eintragen</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD (Standard: heute)</translation>
    </message>
    <message>
        <source>why (optional)</source>
        <translation>warum (optional)</translation>
    </message>
    <message>
        <source>rest (default), sick, flare-up</source>
        <translation>rest (Standard), sick, flare-up</translation>
    </message>
    <message>
        <source>make the day an ordinary day again</source>
        <translation>den Tag wieder zu einem normalen Tag machen</translation>
    </message>
    <message>
        <source>progression suggestions the sessions have earned</source>
        <translation>Vorschläge zum Steigern, die du dir mit deinen Einheiten verdient hast</translation>
    </message>
    <message>
        <source>apply suggestion N (number or key)</source>
        <translation>Vorschlag N übernehmen (Nummer oder Schlüssel)</translation>
    </message>
    <message>
        <source>hide suggestion N for good</source>
        <translation>Vorschlag N dauerhaft ausblenden</translation>
    </message>
    <message>
        <source>notify now if something is due and not done</source>
        <translation>jetzt benachrichtigen, wenn etwas ansteht und noch nicht erledigt ist</translation>
    </message>
    <message>
        <source>instead, remind at each of today&apos;s later times</source>
        <translation>stattdessen zu jeder späteren Zeit von heute erinnern</translation>
    </message>
    <message>
        <source>reminders when the app is closed</source>
        <translation>Erinnerungen, wenn die App geschlossen ist</translation>
    </message>
</context>
<context>
    <name>CliReminders</name>
    <message>
        <source>Nothing due now.</source>
        <translation>Gerade steht nichts an.</translation>
    </message>
    <message>
        <source>{routine} is due: {length}</source>
        <translation>{routine} steht an: {length}</translation>
    </message>
    <message>
        <source>{routine} is due</source>
        <translation>{routine} steht an</translation>
    </message>
    <message>
        <source>could not show a notification: {reason}</source>
        <translation>Die Benachrichtigung ließ sich nicht anzeigen: {reason}</translation>
    </message>
    <message>
        <source>Reminded: {routines}</source>
        <translation>Erinnert an: {routines}</translation>
    </message>
    <message>
        <source>Starting {routine}.</source>
        <translation>{routine} startet.</translation>
    </message>
    <message>
        <source>--action-wait must be 0 to {most} seconds</source>
        <translation>--action-wait muss 0 bis {most} Sekunden sein</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s).</source>
        <translation>
            <numerusform>%n Datei entfernt.</numerusform>
            <numerusform>%n Dateien entfernt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>Es war nichts installiert.</translation>
    </message>
    <message>
        <source>no reminder times in the plan; add one with &apos;glute-timer plan add NAME --daily --at 07:30&apos;</source>
        <translation>Keine Erinnerungszeiten im Plan; füg eine hinzu mit &apos;glute-timer plan add NAME --daily --at 07:30&apos;</translation>
    </message>
</context>
<context>
    <name>CliRoutines</name>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>endurance</source>
        <translation>Ausdauer</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>column</comment>
        <translation>NAME</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>column</comment>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>STAGE</source>
        <comment>column</comment>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>KIND</source>
        <comment>column</comment>
        <translation>ART</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>{routine}  ({total} in all)</source>
        <translation>{routine}  ({total} insgesamt)</translation>
    </message>
    <message>
        <source>LEFT and RIGHT name the working side: the side whose glute medius does the work.</source>
        <translation>LINKS und RECHTS nennen die arbeitende Seite: die Seite, deren mittlerer Gesäßmuskel die Arbeit macht.</translation>
    </message>
    <message>
        <source>STEP</source>
        <comment>column</comment>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <comment>column</comment>
        <translation>ÜBUNG</translation>
    </message>
    <message>
        <source>SIDE</source>
        <comment>column</comment>
        <translation>SEITE</translation>
    </message>
    <message>
        <source>SET</source>
        <comment>column</comment>
        <translation>SATZ</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) x {seconds} s</source>
        <translation>
            <numerusform>%n Wdh. x {seconds} s</numerusform>
            <numerusform>%n Wdh. x {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wiederholung</numerusform>
            <numerusform>%n Wiederholungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>More menu</source>
        <translation>Menü „Mehr“</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pause oder weiter</translation>
    </message>
    <message>
        <source>Space · clicker blank-screen (.) · media Play/Pause</source>
        <translation>Leertaste · Presenter-Schwarzbild (.) · Medien Play/Pause</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>media Pause</source>
        <translation>Medien Pause</translation>
    </message>
    <message>
        <source>Done with the reps</source>
        <translation>Wiederholungen fertig</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Weiter zum nächsten Schritt</translation>
    </message>
    <message>
        <source>Right · N · Page Down (clicker) · media Next</source>
        <translation>Rechts · N · Bild ab (Presenter) · Medien Weiter</translation>
    </message>
    <message>
        <source>Back: restart the step, or the previous step in its first 2 s</source>
        <translation>Zurück: Schritt neu starten, in den ersten 2 s zum vorigen</translation>
    </message>
    <message>
        <source>Left · B · Page Up (clicker) · media Previous</source>
        <translation>Links · B · Bild auf (Presenter) · Medien Zurück</translation>
    </message>
    <message>
        <source>Stop the workout (asks first)</source>
        <translation>Training beenden (mit Rückfrage)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Vollbild an oder aus</translation>
    </message>
    <message>
        <source>Sound on or off</source>
        <translation>Ton an oder aus</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Lauter</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Leiser</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>Diese Tasten zeigen</translation>
    </message>
    <message>
        <source>Edit routines…</source>
        <translation>Programme bearbeiten…</translation>
    </message>
    <message>
        <source>Create, change and delete routines</source>
        <translation>Programme anlegen, ändern und löschen</translation>
    </message>
    <message>
        <source>Import routines…</source>
        <translation>Programme importieren…</translation>
    </message>
    <message>
        <source>Add routines from files</source>
        <translation>Programme aus Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Export routine…</source>
        <translation>Programm exportieren…</translation>
    </message>
    <message>
        <source>Save the selected routine</source>
        <translation>Das gewählte Programm speichern</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Einstellungen…</translation>
    </message>
    <message>
        <source>Sound, get-ready time, text size</source>
        <translation>Ton, Vorbereitungszeit, Textgröße</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Past workouts</source>
        <translation>Bisherige Einheiten</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>What to do how often, reminders, rest days</source>
        <translation>Was wie oft, Erinnerungen, Ruhetage</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Verlauf importieren…</translation>
    </message>
    <message>
        <source>Add the sessions of a history file (from another computer); none twice</source>
        <translation>Einheiten aus einer Verlaufsdatei hinzufügen (von einem anderen Computer); keine doppelt</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig</translation>
    </message>
    <message>
        <source>Bring back the session just deleted (on the History page)</source>
        <translation>Die eben gelöschte Einheit zurückholen (im Verlauf)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>The keyboard keys</source>
        <translation>Die Tastenbelegung</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Über {app}</translation>
    </message>
    <message>
        <source>Version, sound output, data folder</source>
        <translation>Version, Tonausgabe, Datenordner</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Close {app}</source>
        <translation>{app} schließen</translation>
    </message>
</context>
<context>
    <name>CountdownDial</name>
    <message>
        <source>rep {number} of {count}</source>
        <translation>Wdh. {number} von {count}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>noch {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>noch %n Sekunde</numerusform>
            <numerusform>noch %n Sekunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>{time_left}, rep {number} of {count}</source>
        <translation>{time_left}, Wiederholung {number} von {count}</translation>
    </message>
</context>
<context>
    <name>Durations</name>
    <message>
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <source>{hours} h {minutes} min {seconds} s</source>
        <translation>{hours} h {minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{minutes} min {seconds} s</source>
        <translation>{minutes} min {seconds} s</translation>
    </message>
    <message>
        <source>{whole}.{tenth} s</source>
        <comment>seconds with one decimal</comment>
        <translation>{whole},{tenth} s</translation>
    </message>
    <message>
        <source>left {left_time}, right {right_time}</source>
        <translation>links {left_time}, rechts {right_time}</translation>
    </message>
    <message>
        <source>{sets} × {amount} each side</source>
        <translation>{sets} × {amount} pro Seite</translation>
    </message>
    <message>
        <source>{sets} × {amount} left only</source>
        <translation>{sets} × {amount} nur links</translation>
    </message>
    <message>
        <source>{sets} × {amount} right only</source>
        <translation>{sets} × {amount} nur rechts</translation>
    </message>
    <message>
        <source>{sets} × {amount}</source>
        <translation>{sets} × {amount}</translation>
    </message>
    <message>
        <source>{amount} each side</source>
        <translation>{amount} pro Seite</translation>
    </message>
    <message>
        <source>{amount} left only</source>
        <translation>{amount} nur links</translation>
    </message>
    <message>
        <source>{amount} right only</source>
        <translation>{amount} nur rechts</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>{low}–{high} s</source>
        <comment>a range of seconds</comment>
        <translation>{low}–{high} s</translation>
    </message>
</context>
<context>
    <name>EditorFields</name>
    <message>
        <source> s</source>
        <comment>unit after a number of seconds</comment>
        <translation> s</translation>
    </message>
</context>
<context>
    <name>ExerciseForm</name>
    <message>
        <source>Change exercise name</source>
        <translation>Übungsnamen ändern</translation>
    </message>
    <message>
        <source>Change illustration</source>
        <translation>Bild ändern</translation>
    </message>
    <message>
        <source>Change instructions</source>
        <translation>Anleitung ändern</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Modus ändern</translation>
    </message>
    <message>
        <source>Change hold</source>
        <translation>Haltezeit ändern</translation>
    </message>
    <message>
        <source>Change left hold</source>
        <translation>Haltezeit links ändern</translation>
    </message>
    <message>
        <source>Change right hold</source>
        <translation>Haltezeit rechts ändern</translation>
    </message>
    <message>
        <source>Change reps</source>
        <translation>Wiederholungen ändern</translation>
    </message>
    <message>
        <source>Change seconds per rep</source>
        <translation>Sekunden pro Wiederholung ändern</translation>
    </message>
    <message>
        <source>Change left how-to</source>
        <translation>Anleitung links ändern</translation>
    </message>
    <message>
        <source>Change right how-to</source>
        <translation>Anleitung rechts ändern</translation>
    </message>
    <message>
        <source>Change sets</source>
        <translation>Sätze ändern</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Seiten ändern</translation>
    </message>
    <message>
        <source>Change first side</source>
        <translation>Erste Seite ändern</translation>
    </message>
    <message>
        <source>Change switch time</source>
        <translation>Wechselzeit ändern</translation>
    </message>
    <message>
        <source>Change rest</source>
        <translation>Pause ändern</translation>
    </message>
    <message>
        <source>Change exercise</source>
        <translation>Übung ändern</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>Allgemein</translation>
    </message>
    <message>
        <source>lunge</source>
        <translation>Ausfallschritt</translation>
    </message>
    <message>
        <source>side lying abduction</source>
        <translation>Beinheben in Seitenlage</translation>
    </message>
    <message>
        <source>side plank</source>
        <translation>Seitstütz</translation>
    </message>
    <message>
        <source>side scissor kicks</source>
        <translation>Seitliche Beinschere</translation>
    </message>
    <message>
        <source>single leg squat</source>
        <translation>Einbeinige Kniebeuge</translation>
    </message>
    <message>
        <source>wall push</source>
        <translation>Wanddrücken</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <source>Timed hold</source>
        <translation>Halten auf Zeit</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Haltezeit in Sekunden</translation>
    </message>
    <message>
        <source>Different hold for each side</source>
        <translation>Jede Seite eigene Haltezeit</translation>
    </message>
    <message>
        <source>Hold seconds, left side</source>
        <translation>Haltezeit in Sekunden, linke Seite</translation>
    </message>
    <message>
        <source>Hold seconds, right side</source>
        <translation>Haltezeit in Sekunden, rechte Seite</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Links:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Rechts:</translation>
    </message>
    <message>
        <source>No tempo (press Done)</source>
        <translation>Kein Tempo (drück „Fertig“)</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Sekunden pro Wiederholung</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Nur links</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Nur rechts</translation>
    </message>
    <message>
        <source>No sides</source>
        <translation>Ohne Seiten</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>first side</comment>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>first side</comment>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>One line; empty uses the picture&apos;s own</source>
        <translation>Eine Zeile; leer nimmt den Text zum Bild</translation>
    </message>
    <message>
        <source>How to, left working side</source>
        <translation>Anleitung, linke Seite arbeitet</translation>
    </message>
    <message>
        <source>How to, right working side</source>
        <translation>Anleitung, rechte Seite arbeitet</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>I&amp;llustration:</source>
        <translation>&amp;Bild:</translation>
    </message>
    <message>
        <source>Ins&amp;tructions:</source>
        <translation>&amp;Anleitung:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odus:</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Halten:</translation>
    </message>
    <message>
        <source>Re&amp;ps:</source>
        <translation>&amp;Wiederholungen:</translation>
    </message>
    <message>
        <source>Seconds per rep:</source>
        <translation>Sekunden pro Wdh.:</translation>
    </message>
    <message>
        <source>S&amp;ets:</source>
        <translation>Sät&amp;ze:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>Seit&amp;en:</translation>
    </message>
    <message>
        <source>&amp;First side:</source>
        <translation>E&amp;rste Seite:</translation>
    </message>
    <message>
        <source>S&amp;witch time:</source>
        <translation>We&amp;chselzeit:</translation>
    </message>
    <message>
        <source>Rest &amp;between sets:</source>
        <translation>Satzpa&amp;use:</translation>
    </message>
    <message>
        <source>How to, left:</source>
        <translation>Anleitung links:</translation>
    </message>
    <message>
        <source>How to, right:</source>
        <translation>Anleitung rechts:</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Exercise {number}: {exercise}</source>
        <translation>Übung {number}: {exercise}</translation>
    </message>
</context>
<context>
    <name>ExerciseList</name>
    <message>
        <source>Exercises, in order</source>
        <translation>Übungen, der Reihe nach</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Ctrl+Up and Ctrl+Down</source>
        <translation>Zum Umsortieren ziehen oder Strg+↑ und Strg+↓ drücken</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>Neue Übung…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add an exercise from the library, or a new one</source>
        <translation>Übung aus der Sammlung oder eine neue hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove the exercise (Delete); Undo brings it back</source>
        <translation>Übung entfernen (Entf); „Rückgängig“ holt sie zurück</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Auf</translation>
    </message>
    <message>
        <source>Move the exercise up (Ctrl+Up)</source>
        <translation>Übung nach oben (Strg+↑)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Move the exercise down (Ctrl+Down)</source>
        <translation>Übung nach unten (Strg+↓)</translation>
    </message>
    <message>
        <source>Exercises (drag to reorder):</source>
        <translation>Übungen (zum Umsortieren ziehen):</translation>
    </message>
    <message>
        <source>Total time: {duration} (repetitions counted at about 3 s each)</source>
        <translation>Gesamtzeit: {duration} (Wiederholungen mit etwa 3 s gerechnet)</translation>
    </message>
    <message>
        <source>Total time: {duration}</source>
        <translation>Gesamtzeit: {duration}</translation>
    </message>
</context>
<context>
    <name>FieldRefusals</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
</context>
<context>
    <name>FileErrors</name>
    <message>
        <source>{file}: {field}: {problem}</source>
        <translation>{file}: {field}: {problem}</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
</context>
<context>
    <name>FileRefusals</name>
    <message>
        <source>is a folder, not a file</source>
        <translation>ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <source>is a named pipe, not a file</source>
        <translation>ist eine benannte Pipe, keine Datei</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>ist ein Gerät, keine Datei</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>ist ein Socket, keine Datei</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>keine normale Datei</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>the file is {size} bytes; it may be at most {most} bytes</source>
        <translation>die Datei hat {size} Bytes; erlaubt sind höchstens {most} Bytes</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>the file is more than {most} bytes; it may be at most that</source>
        <translation>die Datei hat mehr als {most} Bytes; mehr ist nicht erlaubt</translation>
    </message>
</context>
<context>
    <name>HistoryCalendar</name>
    <message>
        <source>A filled circle marks a day with a session; “12·2” means two sessions on the 12th. Short starts (under 10 s) count too.</source>
        <translation>Ein gefüllter Kreis markiert einen Tag mit Einheit; „12·2“ heißt zwei Einheiten am 12. Kurze Starts (unter 10 s) zählen mit.</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Kalender der Einheiten</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Serien</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>Legende des Kalenders</translation>
    </message>
    <message>
        <source>Streaks cannot be read right now.</source>
        <translation>Die Serien lassen sich gerade nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Aktuelle Serie: %n Tag</numerusform>
            <numerusform>Aktuelle Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>längste: %n Tag</numerusform>
            <numerusform>längste: %n Tage</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a session in all</source>
        <translation>
            <numerusform>%n Tag mit Einheit insgesamt</numerusform>
            <numerusform>%n Tage mit Einheit insgesamt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Minutes held per working side, by week (this week so far)</source>
        <translation>Gehaltene Minuten pro Seite, je Woche (diese Woche bis jetzt)</translation>
    </message>
    <message>
        <source>Effort and pain after each session</source>
        <translation>Anstrengung und Schmerz nach jeder Einheit</translation>
    </message>
    <message>
        <source>Left working side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right working side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Ohne Seite</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuten</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>{lowest} to {highest}</source>
        <translation>{lowest} bis {highest}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>axis date: day and month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>axis date: month and year</comment>
        <translation>MMM yyyy</translation>
    </message>
</context>
<context>
    <name>HistoryDatabase</name>
    <message>
        <source>Cannot create the data folder {folder}: {problem}.</source>
        <translation>Der Datenordner {folder} lässt sich nicht anlegen: {problem}.</translation>
    </message>
    <message>
        <source>Cannot prepare the history file {path}: {problem}.</source>
        <translation>Die Verlaufsdatei {path} lässt sich nicht vorbereiten: {problem}.</translation>
    </message>
    <message>
        <source>Cannot prepare the database {path}: {problem}</source>
        <translation>Die Datenbank {path} lässt sich nicht vorbereiten: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryDates</name>
    <message>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd dd. MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>dd MMM yyyy HH:mm</source>
        <translation>dd. MMM yyyy HH:mm</translation>
    </message>
</context>
<context>
    <name>HistoryDetail</name>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Working side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation>Neu gestartet</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>Nicht erreicht</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Select a session to see its steps.</source>
        <translation>Wähle eine Einheit, um ihre Schritte zu sehen.</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Zusammenfassung der Einheit</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Schritte der Einheit</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Bewerten…</translation>
    </message>
    <message>
        <source>Give or change this session&apos;s effort, pain and note</source>
        <translation>Anstrengung, Schmerz und Notiz dieser Einheit angeben oder ändern</translation>
    </message>
    <message>
        <source>{done}/{planned} done</source>
        <translation>{done}/{planned} erledigt</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n übersprungen</numerusform>
            <numerusform>%n übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>nichts übersprungen</translation>
    </message>
    <message>
        <source>effort {effort}, pain {pain}</source>
        <translation>Anstrengung {effort}, Schmerz {pain}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>CSV (one row per step)…</source>
        <translation>CSV (eine Zeile pro Schritt)…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Verlauf als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Verlauf als JSON exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>The history could not be written to {place}: {reason}. Choose another folder.</source>
        <translation>Der Verlauf konnte nicht nach {place} geschrieben werden: {reason}. Wähle einen anderen Ordner.</translation>
    </message>
    <message>
        <source>The history could not be exported: {reason}.</source>
        <translation>Der Verlauf konnte nicht exportiert werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {place}.</source>
        <translation>
            <numerusform>%n Einheit nach {place} exportiert.</numerusform>
            <numerusform>%n Einheiten nach {place} exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFileErrors</name>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>muss ein Objekt sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>unknown key (expected one of: {keys})</source>
        <translation>unbekannter Schlüssel (erlaubt: {keys})</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>muss Text sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be at most {most} characters</source>
        <translation>darf höchstens {most} Zeichen lang sein</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>muss eins davon sein: {options}</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}</source>
        <translation>muss eine ganze Zahl sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be between {lowest} and {highest}, not {value}</source>
        <translation>muss zwischen {lowest} und {highest} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>must be a number, not {kind}</source>
        <translation>muss eine Zahl sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be between 0 and {highest}</source>
        <translation>muss zwischen 0 und {highest} liegen</translation>
    </message>
    <message>
        <source>must be a date and time, not {kind}</source>
        <translation>muss ein Datum mit Uhrzeit sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>{value} is not a date and time like 2026-03-02T08:00:00.000Z</source>
        <translation>{value} ist kein Datum mit Uhrzeit wie 2026-03-02T08:00:00.000Z</translation>
    </message>
    <message>
        <source>must be a UUID such as 123e4567-e89b-42d3-a456-426614174000</source>
        <translation>muss eine UUID sein, etwa 123e4567-e89b-42d3-a456-426614174000</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a date and time, not null</source>
        <translation>muss ein Datum mit Uhrzeit sein, nicht null</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>liegt vor started_at</translation>
    </message>
    <message>
        <source>must be a list, not {kind}</source>
        <translation>muss eine Liste sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must hold a list of sessions as &apos;history --json&apos; writes, not {kind}</source>
        <translation>muss eine Liste von Einheiten sein, wie &apos;history --json&apos; sie schreibt, ist aber {kind}</translation>
    </message>
    <message>
        <source>repeats the uid of {other}</source>
        <translation>wiederholt die uid von {other}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a usable history file: {problem}</source>
        <translation>keine brauchbare Verlaufsdatei: {problem}</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at position {position})</source>
        <translation>kein UTF-8-Text (ungültiges Byte an Position {position})</translation>
    </message>
</context>
<context>
    <name>HistoryFileGuard</name>
    <message>
        <source>The history file {path} was written by a newer version of {app} (schema {schema}); this version leaves it untouched. Install the newer version to use it.</source>
        <translation>Die Verlaufsdatei {path} stammt von einer neueren Version von {app} (Schema {schema}); diese Version lässt sie unverändert. Installiere die neuere Version, um sie zu nutzen.</translation>
    </message>
    <message numerus="yes">
        <source>The history&apos;s journal was damaged, so the last %n change(s) saved before the app closed could not be read back; the journal was kept as {journal}, unchanged.</source>
        <translation>
            <numerusform>Das Journal des Verlaufs war beschädigt: %n Änderung, kurz vor dem Schließen der App gespeichert, ließ sich nicht zurücklesen. Das Journal liegt unverändert unter {journal}.</numerusform>
            <numerusform>Das Journal des Verlaufs war beschädigt: %n Änderungen, kurz vor dem Schließen der App gespeichert, ließen sich nicht zurücklesen. Das Journal liegt unverändert unter {journal}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file at {path} belonged to another program; it was moved, unchanged, to {kept_as} and a new history was started.</source>
        <translation>Die Datei unter {path} gehörte zu einem anderen Programm; sie wurde unverändert nach {kept_as} verschoben und ein neuer Verlauf angelegt.</translation>
    </message>
    <message>
        <source>A history file left unfinished by an interrupted first start was kept as {kept_as} and a new history was started.</source>
        <translation>Eine Verlaufsdatei, die ein abgebrochener erster Start unfertig hinterlassen hat, liegt jetzt unter {kept_as}; ein neuer Verlauf wurde angelegt.</translation>
    </message>
    <message>
        <source>The history file was not a database; it was kept as {kept_as}, unchanged, and a new history was started.</source>
        <translation>Die Verlaufsdatei war keine Datenbank; sie liegt unverändert unter {kept_as}, und ein neuer Verlauf wurde angelegt.</translation>
    </message>
    <message>
        <source>Part of the history&apos;s index was damaged and has been rebuilt; nothing was lost.</source>
        <translation>Ein Teil des Verlaufsindex war beschädigt und wurde neu aufgebaut; nichts ging verloren.</translation>
    </message>
    <message>
        <source>Part of the history&apos;s index was damaged; the history was rebuilt with nothing lost, and the old file was kept as {kept_as}, unchanged.</source>
        <translation>Ein Teil des Verlaufsindex war beschädigt; der Verlauf wurde ohne Verluste neu aufgebaut, und die alte Datei liegt unverändert unter {kept_as}.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n Programm</numerusform>
            <numerusform>%n Programme</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file is missing part of its contents; it was kept as {kept_as}, unchanged, and {sessions} and {routines} were saved into a new history.</source>
        <translation>Der Verlaufsdatei fehlt ein Teil ihres Inhalts; sie liegt unverändert unter {kept_as}, und {sessions} und {routines} wurden in einen neuen Verlauf übernommen.</translation>
    </message>
    <message>
        <source>The history file cannot all be read; it was kept as {kept_as}, unchanged, and {sessions} and {routines} were saved into a new history.</source>
        <translation>Die Verlaufsdatei lässt sich nicht ganz lesen; sie liegt unverändert unter {kept_as}, und {sessions} und {routines} wurden in einen neuen Verlauf übernommen.</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All routines</source>
        <translation>Alle Programme</translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation>Einheiten des Programms zeigen</translation>
    </message>
    <message>
        <source>Period of the progress</source>
        <translation>Zeitraum des Fortschritts</translation>
    </message>
    <message>
        <source>Short starts</source>
        <translation>Kurze Starts</translation>
    </message>
    <message>
        <source>Show short starts</source>
        <translation>Kurze Starts zeigen</translation>
    </message>
    <message>
        <source>Also show sessions with under 10 s of holds and reps (started by accident); they are hidden, never deleted</source>
        <translation>Auch Einheiten mit unter 10 s Halten und Wiederholungen zeigen (aus Versehen gestartet); sie sind nur ausgeblendet, nie gelöscht</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message numerus="yes">
        <source>Imported %n session(s), skipped {skipped} already present.</source>
        <translation>
            <numerusform>%n Einheit importiert, {skipped} schon vorhandene übersprungen.</numerusform>
            <numerusform>%n Einheiten importiert, {skipped} schon vorhandene übersprungen.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: cannot be stored: {problem}</source>
        <translation>{file}: lässt sich nicht speichern: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryJobs</name>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>Das hat nicht geklappt: {reason}.</translation>
    </message>
    <message>
        <source>Report for your physio…</source>
        <translation>Bericht für deine Physio…</translation>
    </message>
    <message>
        <source>A PDF of the period and routine shown, to hand to your physio</source>
        <translation>Ein PDF des gezeigten Zeitraums und Programms für deine Physio</translation>
    </message>
    <message>
        <source>Save the report for your physio</source>
        <translation>Bericht für deine Physio speichern</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report to {place}…</source>
        <translation>Bericht wird nach {place} geschrieben…</translation>
    </message>
</context>
<context>
    <name>HistoryProgress</name>
    <message>
        <source>4 weeks</source>
        <translation>4 Wochen</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 Wochen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message numerus="yes">
        <source>Right working side: {percent} % of left over %n week(s); catching up ({earlier} % → {lately} %).</source>
        <translation>
            <numerusform>Rechte Seite: {percent} % der linken in %n Woche; holt auf ({earlier} % → {lately} %).</numerusform>
            <numerusform>Rechte Seite: {percent} % der linken in %n Wochen; holt auf ({earlier} % → {lately} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Right working side: {percent} % of left over %n week(s); falling behind ({earlier} % → {lately} %).</source>
        <translation>
            <numerusform>Rechte Seite: {percent} % der linken in %n Woche; fällt zurück ({earlier} % → {lately} %).</numerusform>
            <numerusform>Rechte Seite: {percent} % der linken in %n Wochen; fällt zurück ({earlier} % → {lately} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Right working side: {percent} % of left over %n week(s).</source>
        <translation>
            <numerusform>Rechte Seite: {percent} % der linken in %n Woche.</numerusform>
            <numerusform>Rechte Seite: {percent} % der linken in %n Wochen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left working side: {percent} % of right over %n week(s); catching up ({earlier} % → {lately} %).</source>
        <translation>
            <numerusform>Linke Seite: {percent} % der rechten in %n Woche; holt auf ({earlier} % → {lately} %).</numerusform>
            <numerusform>Linke Seite: {percent} % der rechten in %n Wochen; holt auf ({earlier} % → {lately} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left working side: {percent} % of right over %n week(s); falling behind ({earlier} % → {lately} %).</source>
        <translation>
            <numerusform>Linke Seite: {percent} % der rechten in %n Woche; fällt zurück ({earlier} % → {lately} %).</numerusform>
            <numerusform>Linke Seite: {percent} % der rechten in %n Wochen; fällt zurück ({earlier} % → {lately} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left working side: {percent} % of right over %n week(s).</source>
        <translation>
            <numerusform>Linke Seite: {percent} % der rechten in %n Woche.</numerusform>
            <numerusform>Linke Seite: {percent} % der rechten in %n Wochen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working sides: no holds in this period yet.</source>
        <translation>Seiten: in diesem Zeitraum noch kein Halten.</translation>
    </message>
    <message>
        <source>Pain: about the same (average {earlier} earlier, {lately} lately).</source>
        <translation>Schmerz: etwa gleich (Schnitt früher {earlier}, zuletzt {lately}).</translation>
    </message>
    <message>
        <source>Pain: falling (average {earlier} earlier, {lately} lately).</source>
        <translation>Schmerz: sinkt (Schnitt früher {earlier}, zuletzt {lately}).</translation>
    </message>
    <message>
        <source>Pain: rising (average {earlier} earlier, {lately} lately).</source>
        <translation>Schmerz: steigt (Schnitt früher {earlier}, zuletzt {lately}).</translation>
    </message>
    <message>
        <source>Effort: about the same (average {earlier} earlier, {lately} lately).</source>
        <translation>Anstrengung: etwa gleich (Schnitt früher {earlier}, zuletzt {lately}).</translation>
    </message>
    <message>
        <source>Effort: falling (average {earlier} earlier, {lately} lately).</source>
        <translation>Anstrengung: sinkt (Schnitt früher {earlier}, zuletzt {lately}).</translation>
    </message>
    <message>
        <source>Effort: rising (average {earlier} earlier, {lately} lately).</source>
        <translation>Anstrengung: steigt (Schnitt früher {earlier}, zuletzt {lately}).</translation>
    </message>
    <message>
        <source>Pain: not enough ratings in this period yet.</source>
        <translation>Schmerz: noch zu wenige Bewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Effort: not enough ratings in this period yet.</source>
        <translation>Anstrengung: noch zu wenige Bewertungen in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Letzte Einheit</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <source>This week and the streak</source>
        <translation>Diese Woche und die Serie</translation>
    </message>
    <message>
        <source>Working side balance</source>
        <translation>Gleichgewicht der Seiten</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Schmerztrend</translation>
    </message>
    <message>
        <source>Effort trend</source>
        <translation>Anstrengungstrend</translation>
    </message>
    <message>
        <source>The history cannot be read right now.</source>
        <translation>Der Verlauf lässt sich gerade nicht lesen.</translation>
    </message>
    <message numerus="yes">
        <source>This week: %n session(s)</source>
        <translation>
            <numerusform>Diese Woche: %n Einheit</numerusform>
            <numerusform>Diese Woche: %n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>streak: %n day(s) in a row (best {best})</source>
        <translation>
            <numerusform>Serie: %n Tag am Stück (Bestwert {best})</numerusform>
            <numerusform>Serie: %n Tage am Stück (Bestwert {best})</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet: your first workout will show here.</source>
        <translation>Noch keine Einheiten: Dein erstes Training erscheint hier.</translation>
    </message>
    <message>
        <source>Last session: {when}</source>
        <translation>Letzte Einheit: {when}</translation>
    </message>
    <message>
        <source>held left {left}, right {right}</source>
        <translation>gehalten links {left}, rechts {right}</translation>
    </message>
    <message>
        <source>effort {effort}</source>
        <translation>Anstrengung {effort}</translation>
    </message>
    <message>
        <source>pain {pain}</source>
        <translation>Schmerz {pain}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Notiz: {note}</translation>
    </message>
</context>
<context>
    <name>HistoryQuestions</name>
    <message>
        <source>Delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>Delete the session of {session}?</source>
        <translation>Die Einheit „{session}“ löschen?</translation>
    </message>
    <message>
        <source>You can bring it back with Undo (Ctrl+Z) while this page is open.</source>
        <translation>Mit „Rückgängig“ (Strg+Z) holst du sie zurück, solange diese Seite offen ist.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>History cannot be saved: the disk is full. The workout goes on; free some space while {app} is open and it will be saved as soon as there is room.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: Die Festplatte ist voll. Das Training läuft weiter; schaffe Platz, solange {app} offen ist – gespeichert wird, sobald wieder Platz da ist.</translation>
    </message>
    <message>
        <source>History cannot be saved: the data folder cannot be written. The workout goes on; make the folder writable while {app} is open and it will be saved then.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: In den Datenordner kann nicht geschrieben werden. Das Training läuft weiter; mach den Ordner beschreibbar, solange {app} offen ist, dann wird gespeichert.</translation>
    </message>
    <message>
        <source>History cannot be saved: the data folder ({folder}) cannot be written. The workout goes on; make the folder writable while {app} is open and it will be saved then.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: In den Datenordner ({folder}) kann nicht geschrieben werden. Das Training läuft weiter; mach den Ordner beschreibbar, solange {app} offen ist, dann wird gespeichert.</translation>
    </message>
    <message>
        <source>History cannot be saved: the disk reported a read or write error. The workout goes on, what is already saved is left as it is, and saving will be retried.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: Die Festplatte meldet einen Lese- oder Schreibfehler. Das Training läuft weiter, schon Gespeichertes bleibt, wie es ist, und das Speichern wird wiederholt.</translation>
    </message>
    <message>
        <source>History cannot be saved right now: another program is holding the history database. The workout goes on and saving will be retried.</source>
        <translation>Der Verlauf kann gerade nicht gespeichert werden: Ein anderes Programm blockiert die Verlaufsdatenbank. Das Training läuft weiter, und das Speichern wird wiederholt.</translation>
    </message>
    <message>
        <source>History cannot be saved: {reason}. The workout goes on and saving will be retried.</source>
        <translation>Der Verlauf kann nicht gespeichert werden: {reason}. Das Training läuft weiter, und das Speichern wird wiederholt.</translation>
    </message>
    <message>
        <source>Part of a workout could not be saved and was left out ({reason}). The rest of the history is kept; details are in the log.</source>
        <translation>Ein Teil eines Trainings ließ sich nicht speichern und fehlt ({reason}). Der übrige Verlauf bleibt erhalten; Details stehen im Protokoll.</translation>
    </message>
</context>
<context>
    <name>HistorySessions</name>
    <message>
        <source>Delete session of {session}</source>
        <translation>Einheit „{session}“ löschen</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Einheiten, neueste zuerst</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Noch keine Einheiten aufgezeichnet.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n Einheit.</numerusform>
            <numerusform>%n Einheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of {routine}.</source>
        <translation>
            <numerusform>%n Einheit mit {routine}.</numerusform>
            <numerusform>%n Einheiten mit {routine}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rating could not be saved: {reason}.</source>
        <translation>Die Bewertung konnte nicht gespeichert werden: {reason}.</translation>
    </message>
    <message>
        <source>Rating saved.</source>
        <translation>Bewertung gespeichert.</translation>
    </message>
    <message>
        <source>The session could not be deleted: {reason}.</source>
        <translation>Die Einheit konnte nicht gelöscht werden: {reason}.</translation>
    </message>
    <message>
        <source>Deleted the session of {session}.</source>
        <translation>Einheit „{session}“ gelöscht.</translation>
    </message>
    <message>
        <source>The session could not be brought back: {reason}.</source>
        <translation>Die Einheit konnte nicht zurückgeholt werden: {reason}.</translation>
    </message>
    <message>
        <source>The session is back.</source>
        <translation>Die Einheit ist wieder da.</translation>
    </message>
    <message>
        <source>That session cannot be read: {reason}.</source>
        <translation>Diese Einheit lässt sich nicht lesen: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n short start(s) (under 10 s) hidden.</source>
        <translation>
            <numerusform>%n kurzer Start (unter 10 s) ausgeblendet.</numerusform>
            <numerusform>%n kurze Starts (unter 10 s) ausgeblendet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStartup</name>
    <message>
        <source>Unfinished sessions could not be checked: {problem}.</source>
        <translation>Unfertige Einheiten ließen sich nicht prüfen: {problem}.</translation>
    </message>
    <message>
        <source>A workout was cut short when the app closed unexpectedly</source>
        <translation>Ein Training wurde unterbrochen, weil die App unerwartet beendet wurde</translation>
    </message>
    <message numerus="yes">
        <source>%n workouts were cut short when the app closed unexpectedly</source>
        <translation>
            <numerusform>%n Training wurde unterbrochen, weil die App unerwartet beendet wurde</numerusform>
            <numerusform>%n Trainings wurden unterbrochen, weil die App unerwartet beendet wurde</numerusform>
        </translation>
    </message>
    <message>
        <source>no finished step was kept in the history, marked interrupted</source>
        <translation>kein erledigter Schritt bleibt im Verlauf, als unterbrochen markiert</translation>
    </message>
    <message>
        <source>1 finished step is kept in the history, marked interrupted</source>
        <translation>1 erledigter Schritt bleibt im Verlauf, als unterbrochen markiert</translation>
    </message>
    <message numerus="yes">
        <source>%n finished steps are kept in the history, marked interrupted</source>
        <translation>
            <numerusform>%n erledigter Schritt bleibt im Verlauf, als unterbrochen markiert</numerusform>
            <numerusform>%n erledigte Schritte bleiben im Verlauf, als unterbrochen markiert</numerusform>
        </translation>
    </message>
    <message>
        <source>{what_was_cut_short}; {what_is_kept}.</source>
        <translation>{what_was_cut_short}; {what_is_kept}.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the history could not be written to {folder}: {problem}.</source>
        <translation>Die heutige Sicherung des Verlaufs ließ sich nicht nach {folder} schreiben: {problem}.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>STARTED</source>
        <translation>BEGONNEN</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>PROGRAMM</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>ERLEDIGT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>EFFORT</source>
        <translation>ANSTRENGUNG</translation>
    </message>
    <message>
        <source>PAIN</source>
        <translation>SCHMERZ</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Noch keine Einheiten aufgezeichnet.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Back to routines (Esc)</source>
        <translation>Zurück zu den Programmen (Esc)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Delete the session selected in the list (Del); asks first, and it can be undone</source>
        <translation>Die in der Liste gewählte Einheit löschen (Entf); fragt vorher und lässt sich rückgängig machen</translation>
    </message>
    <message>
        <source>History notice</source>
        <translation>Hinweis zum Verlauf</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Status des Verlaufs</translation>
    </message>
    <message>
        <source>Select a session in the Sessions list to delete it.</source>
        <translation>Wähle eine Einheit in der Liste „Einheiten“, um sie zu löschen.</translation>
    </message>
    <message>
        <source>{routine}, {when}</source>
        <translation>{routine}, {when}</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Verlauf importieren</translation>
    </message>
    <message>
        <source>History files (*.json)</source>
        <translation>Verlaufsdateien (*.json)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>{file} wird importiert…</translation>
    </message>
</context>
<context>
    <name>HowTo</name>
    <message>
        <source>Stand on your left leg, wall on your right; press your right knee into the wall.</source>
        <translation>Steh auf dem linken Bein, die Wand rechts; drück das rechte Knie gegen die Wand.</translation>
    </message>
    <message>
        <source>Stand on your right leg, wall on your left; press your left knee into the wall.</source>
        <translation>Steh auf dem rechten Bein, die Wand links; drück das linke Knie gegen die Wand.</translation>
    </message>
    <message>
        <source>Lie on your right side, left leg on top; lift your left leg a hand&apos;s width and hold.</source>
        <translation>Leg dich auf die rechte Seite, linkes Bein oben; heb es eine Handbreit an und halte.</translation>
    </message>
    <message>
        <source>Lie on your left side, right leg on top; lift your right leg a hand&apos;s width and hold.</source>
        <translation>Leg dich auf die linke Seite, rechtes Bein oben; heb es eine Handbreit an und halte.</translation>
    </message>
    <message>
        <source>Prop yourself on your left forearm, left leg underneath; lift your hips and hold.</source>
        <translation>Stütz dich auf den linken Unterarm, linkes Bein unten; heb die Hüfte und halte.</translation>
    </message>
    <message>
        <source>Prop yourself on your right forearm, right leg underneath; lift your hips and hold.</source>
        <translation>Stütz dich auf den rechten Unterarm, rechtes Bein unten; heb die Hüfte und halte.</translation>
    </message>
    <message>
        <source>Lie on your right side, left leg on top; scissor your left leg up, your right leg down.</source>
        <translation>Leg dich auf die rechte Seite, linkes Bein oben; wie eine Schere: linkes Bein hoch, rechtes runter.</translation>
    </message>
    <message>
        <source>Lie on your left side, right leg on top; scissor your right leg up, your left leg down.</source>
        <translation>Leg dich auf die linke Seite, rechtes Bein oben; wie eine Schere: rechtes Bein hoch, linkes runter.</translation>
    </message>
    <message>
        <source>Stand on your left leg, right foot off the floor; bend your left knee, then stand tall.</source>
        <translation>Steh auf dem linken Bein, rechter Fuß in der Luft; beug das linke Knie und richte dich wieder auf.</translation>
    </message>
    <message>
        <source>Stand on your right leg, left foot off the floor; bend your right knee, then stand tall.</source>
        <translation>Steh auf dem rechten Bein, linker Fuß in der Luft; beug das rechte Knie und richte dich wieder auf.</translation>
    </message>
    <message>
        <source>Step forward onto your left leg; lower your right knee, push up through your left heel.</source>
        <translation>Mach mit links einen großen Schritt nach vorn; senk das rechte Knie, drück dich über die linke Ferse hoch.</translation>
    </message>
    <message>
        <source>Step forward onto your right leg; lower your left knee, push up through your right heel.</source>
        <translation>Mach mit rechts einen großen Schritt nach vorn; senk das linke Knie, drück dich über die rechte Ferse hoch.</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Übungsbild</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>Illustrations</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>A person standing relaxed, for exercises without their own picture.</source>
        <translation>Eine Person steht entspannt da – für Übungen ohne eigenes Bild.</translation>
    </message>
    <message>
        <source>Side view: a long step forward onto the left leg (the working leg), front knee over the ankle, back knee lowered towards the floor, trunk upright; down and up again.</source>
        <translation>Seitenansicht: ein langer Schritt nach vorn auf das linke Bein (das arbeitende Bein), vorderes Knie über dem Knöchel, hinteres Knie Richtung Boden, Oberkörper aufrecht; runter und wieder hoch.</translation>
    </message>
    <message>
        <source>Side view: a long step forward onto the right leg (the working leg), front knee over the ankle, back knee lowered towards the floor, trunk upright; down and up again.</source>
        <translation>Seitenansicht: ein langer Schritt nach vorn auf das rechte Bein (das arbeitende Bein), vorderes Knie über dem Knöchel, hinteres Knie Richtung Boden, Oberkörper aufrecht; runter und wieder hoch.</translation>
    </message>
    <message>
        <source>Lying on the right side on a mat, head on the lower arm, lower knee bent, the straight left leg on top (the working leg) lifted a hand&apos;s width and held.</source>
        <translation>Liegt auf der rechten Seite auf einer Matte, Kopf auf dem unteren Arm, unteres Knie gebeugt; das gestreckte linke Bein oben (das arbeitende Bein) eine Handbreit angehoben und gehalten.</translation>
    </message>
    <message>
        <source>Lying on the left side on a mat, head on the lower arm, lower knee bent, the straight right leg on top (the working leg) lifted a hand&apos;s width and held.</source>
        <translation>Liegt auf der linken Seite auf einer Matte, Kopf auf dem unteren Arm, unteres Knie gebeugt; das gestreckte rechte Bein oben (das arbeitende Bein) eine Handbreit angehoben und gehalten.</translation>
    </message>
    <message>
        <source>Propped on the left forearm with the elbow under the shoulder and the left leg underneath (the working side), the hips lifted so the body is one straight line from head to feet.</source>
        <translation>Auf den linken Unterarm gestützt, Ellbogen unter der Schulter, das linke Bein unten (die arbeitende Seite); die Hüfte angehoben, sodass der Körper von Kopf bis Fuß eine gerade Linie bildet.</translation>
    </message>
    <message>
        <source>Propped on the right forearm with the elbow under the shoulder and the right leg underneath (the working side), the hips lifted so the body is one straight line from head to feet.</source>
        <translation>Auf den rechten Unterarm gestützt, Ellbogen unter der Schulter, das rechte Bein unten (die arbeitende Seite); die Hüfte angehoben, sodass der Körper von Kopf bis Fuß eine gerade Linie bildet.</translation>
    </message>
    <message>
        <source>Lying on the right side, legs straight: the top (left) leg, the working leg, scissors up while the lower leg goes down, then they close again.</source>
        <translation>Liegt auf der rechten Seite, Beine gestreckt: Das obere (linke) Bein, das arbeitende, geht wie eine Schere hoch, während das untere nach unten geht; dann schließen sie sich wieder.</translation>
    </message>
    <message>
        <source>Lying on the left side, legs straight: the top (right) leg, the working leg, scissors up while the lower leg goes down, then they close again.</source>
        <translation>Liegt auf der linken Seite, Beine gestreckt: Das obere (rechte) Bein, das arbeitende, geht wie eine Schere hoch, während das untere nach unten geht; dann schließen sie sich wieder.</translation>
    </message>
    <message>
        <source>Side view: standing on the left leg (the working leg) with the arms forward, the standing knee bent over the foot, the right foot lifted behind; down slowly and up again.</source>
        <translation>Seitenansicht: Stand auf dem linken Bein (dem arbeitenden Bein), Arme nach vorn, das Standknie über dem Fuß gebeugt, der rechte Fuß hinten angehoben; langsam runter und wieder hoch.</translation>
    </message>
    <message>
        <source>Side view: standing on the right leg (the working leg) with the arms forward, the standing knee bent over the foot, the left foot lifted behind; down slowly and up again.</source>
        <translation>Seitenansicht: Stand auf dem rechten Bein (dem arbeitenden Bein), Arme nach vorn, das Standknie über dem Fuß gebeugt, der linke Fuß hinten angehoben; langsam runter und wieder hoch.</translation>
    </message>
    <message>
        <source>Three-quarter view: standing on the left leg (the working leg, the left knee soft), side-on to a wall; the knee nearer the wall lifted forward to hip height with the shin hanging down, the outside of that thigh and the hip pressed flush into the wall.</source>
        <translation>Dreiviertelansicht: Stand auf dem linken Bein (dem arbeitenden Bein, das linke Knie locker), seitlich zur Wand; das wandnahe Knie vorn auf Hüfthöhe gehoben, der Unterschenkel hängt; die Außenseite dieses Oberschenkels und die Hüfte drücken flach gegen die Wand.</translation>
    </message>
    <message>
        <source>Three-quarter view: standing on the right leg (the working leg, the right knee soft), side-on to a wall; the knee nearer the wall lifted forward to hip height with the shin hanging down, the outside of that thigh and the hip pressed flush into the wall.</source>
        <translation>Dreiviertelansicht: Stand auf dem rechten Bein (dem arbeitenden Bein, das rechte Knie locker), seitlich zur Wand; das wandnahe Knie vorn auf Hüfthöhe gehoben, der Unterschenkel hängt; die Außenseite dieses Oberschenkels und die Hüfte drücken flach gegen die Wand.</translation>
    </message>
</context>
<context>
    <name>JsonErrors</name>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
    <message>
        <source>holds a lone surrogate escape (not a character)</source>
        <translation>enthält ein einzelnes Surrogat-Escape (kein Zeichen)</translation>
    </message>
    <message>
        <source>appears twice (each key may appear once)</source>
        <translation>kommt doppelt vor (jeder Schlüssel darf nur einmal vorkommen)</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} (line {line}, column {column})</source>
        <translation>kein gültiges JSON: {problem} (Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>not a usable JSON file: {problem}</source>
        <translation>keine brauchbare JSON-Datei: {problem}</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>keeping the screen awake is turned off</source>
        <translation>das Wachhalten des Bildschirms ist ausgeschaltet</translation>
    </message>
    <message>
        <source>the caffeinate command was not found</source>
        <translation>der Befehl caffeinate wurde nicht gefunden</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus (DBUS_SESSION_BUS_ADDRESS ist nicht gesetzt)</translation>
    </message>
</context>
<context>
    <name>KeepAwakeDBus</name>
    <message>
        <source>cannot connect to the D-Bus session bus: {problem}</source>
        <translation>keine Verbindung zum D-Bus-Sitzungsbus: {problem}</translation>
    </message>
    <message>
        <source>no {service} service on the session bus</source>
        <translation>kein Dienst {service} auf dem Sitzungsbus</translation>
    </message>
    <message>
        <source>{service} cannot be reached: {problem}</source>
        <translation>{service} ist nicht erreichbar: {problem}</translation>
    </message>
    <message>
        <source>no screen saver service on the session bus (looked for {services})</source>
        <translation>kein Bildschirmschoner-Dienst auf dem Sitzungsbus (gesucht: {services})</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <source>Keys — {app}</source>
        <translation>Tasten – {app}</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Tastenbelegung</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Tasten und was sie tun</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Was sie tun</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>endurance</source>
        <translation>Ausdauer</translation>
    </message>
    <message>
        <source>left</source>
        <translation>links</translation>
    </message>
    <message>
        <source>right</source>
        <translation>rechts</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>beide Seiten</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>nur linke Seite</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>nur rechte Seite</translation>
    </message>
    <message>
        <source>no side</source>
        <translation>ohne Seite</translation>
    </message>
    <message>
        <source>timed hold</source>
        <translation>Halten auf Zeit</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>Bereit machen</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>pro Woche</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>Wochentage</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>krank</translation>
    </message>
    <message>
        <source>flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erfüllt</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verpasst</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>free</source>
        <translation>frei</translation>
    </message>
</context>
<context>
    <name>LastDone</name>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d. MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Wall push</source>
        <translation>Wanddrücken</translation>
    </message>
    <message>
        <source>Stand side-on to a wall, close enough for your hip to touch it. Lift the knee nearer the wall until the thigh is level with the floor (90 degrees). Press the thigh and hip into the wall as if pushing it away and keep the pressure steady. The standing leg&apos;s buttock does the work.</source>
        <translation>Stell dich seitlich an eine Wand, so nah, dass deine Hüfte sie berührt. Heb das Knie auf der Wandseite, bis der Oberschenkel waagerecht ist (90 Grad). Drück Oberschenkel und Hüfte gegen die Wand, als wolltest du sie wegschieben, und halte den Druck gleichmäßig. Die Arbeit macht der mittlere Gesäßmuskel des Standbeins.</translation>
    </message>
    <message>
        <source>Side-lying hip abduction hold</source>
        <translation>Beinheben in Seitenlage (halten)</translation>
    </message>
    <message>
        <source>Lie on your side with the body in one straight line, lower knee bent for balance. Lift the top leg a hand&apos;s width, toes pointing forward, heel slightly back, and hold it still. Keep the hips stacked; do not roll backwards.</source>
        <translation>Leg dich auf die Seite, der Körper in einer geraden Linie, das untere Knie für die Balance gebeugt. Heb das obere Bein eine Handbreit an, Zehen nach vorn, Ferse leicht nach hinten, und halte es ruhig. Die Hüften bleiben übereinander; kipp nicht nach hinten.</translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation>Seitstütz</translation>
    </message>
    <message>
        <source>Lie on your side propped on the forearm, elbow under the shoulder. Lift the hips so the body forms a straight line from head to feet and hold. Knees down makes it easier.</source>
        <translation>Leg dich auf die Seite und stütz dich auf den Unterarm, Ellbogen unter der Schulter. Heb die Hüfte, bis dein Körper von Kopf bis Fuß eine gerade Linie bildet, und halte. Mit den Knien am Boden ist es leichter.</translation>
    </message>
    <message>
        <source>Side scissor kicks</source>
        <translation>Seitliche Beinschere</translation>
    </message>
    <message>
        <source>Lie on your side, legs straight and stacked, lifted a little off the floor. Scissor the top leg up and the lower leg down, then back together, with small controlled movements. Each open and close is one rep.</source>
        <translation>Leg dich auf die Seite, die Beine gestreckt und übereinander, leicht vom Boden abgehoben. Öffne sie wie eine Schere, oberes Bein hoch, unteres runter, dann wieder zusammen, in kleinen, kontrollierten Bewegungen. Einmal öffnen und schließen ist eine Wiederholung.</translation>
    </message>
    <message>
        <source>Single-leg squat</source>
        <translation>Einbeinige Kniebeuge</translation>
    </message>
    <message>
        <source>Stand on one leg, arms forward for balance. Bend the standing knee slowly, keeping it over the middle of the foot and the pelvis level, then stand tall again. Go only as low as you can control.</source>
        <translation>Stell dich auf ein Bein, die Arme zur Balance nach vorn. Beug das Knie des Standbeins langsam, es bleibt über der Fußmitte und das Becken gerade, dann richte dich wieder auf. Geh nur so tief, wie du es kontrollieren kannst.</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Ausfallschritt</translation>
    </message>
    <message>
        <source>Take a long step forward and lower the back knee towards the floor, front knee over the ankle and the trunk upright. Push back up through the front heel.</source>
        <translation>Mach einen großen Schritt nach vorn und senk das hintere Knie Richtung Boden, das vordere Knie über dem Knöchel, den Oberkörper aufrecht. Drück dich über die vordere Ferse wieder hoch.</translation>
    </message>
    <message>
        <source>Switch the glute medius on: 30 s pushes into a wall, each leg, twice. Good first thing in the morning.</source>
        <translation>Weckt den mittleren Gesäßmuskel: 30 s gegen die Wand drücken, jedes Bein, zweimal. Ideal gleich am Morgen.</translation>
    </message>
    <message>
        <source>Glute medius strength</source>
        <translation>Gesäßmuskel: Kraft</translation>
    </message>
    <message>
        <source>Side-lying holds, side plank, scissor kicks and single-leg squats.</source>
        <translation>Beinheben in Seitenlage, Seitstütz, Beinschere und einbeinige Kniebeugen.</translation>
    </message>
    <message>
        <source>Glute medius endurance</source>
        <translation>Gesäßmuskel: Ausdauer</translation>
    </message>
    <message>
        <source>Longer holds and more sets to make the hip stable for the whole run.</source>
        <translation>Länger halten, mehr Sätze: damit die Hüfte den ganzen Lauf über stabil bleibt.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Get ready</source>
        <translation>Vorbereiten</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Halten</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>Training beenden?</translation>
    </message>
    <message>
        <source>Stop the workout now?</source>
        <translation>Training jetzt beenden?</translation>
    </message>
    <message>
        <source>What you have done so far is kept in the history.</source>
        <translation>Was du bisher geschafft hast, bleibt im Verlauf.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Weitermachen</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Sound on ({volume}%)</source>
        <translation>Ton an ({volume} %)</translation>
    </message>
    <message>
        <source>Volume {volume}%</source>
        <translation>Lautstärke {volume} %</translation>
    </message>
    <message>
        <source>Paused · {title}</source>
        <translation>Pausiert · {title}</translation>
    </message>
    <message>
        <source>{title} — {app}</source>
        <translation>{title} — {app}</translation>
    </message>
</context>
<context>
    <name>PlanChanges</name>
    <message>
        <source>saved as your own routine {routine}; the plan now uses it</source>
        <translation>als dein eigenes Programm {routine} gespeichert; der Plan nutzt jetzt dieses</translation>
    </message>
    <message>
        <source>{routine} changed</source>
        <translation>{routine} geändert</translation>
    </message>
    <message>
        <source>{routine} added to the plan</source>
        <translation>{routine} zum Plan hinzugefügt</translation>
    </message>
    <message>
        <source>noted; nothing to change</source>
        <translation>notiert; nichts zu ändern</translation>
    </message>
    <message>
        <source>no routine named {routine} any more</source>
        <translation>kein Programm namens {routine} mehr vorhanden</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Every day</source>
        <translation>Jeden Tag</translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation>Mal pro Woche</translation>
    </message>
    <message>
        <source>On chosen weekdays</source>
        <translation>An bestimmten Wochentagen</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd d. MMM yyyy</translation>
    </message>
    <message>
        <source>{day}: {kind} ({reason})</source>
        <translation>{day}: {kind} ({reason})</translation>
    </message>
    <message>
        <source>{day}: {kind}</source>
        <translation>{day}: {kind}</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Planned routines</source>
        <translation>Geplante Programme</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Wie oft</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Tage pro Woche</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> Tage pro Woche</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Erinnere mich um</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Uhrzeit der Erinnerung</translation>
    </message>
    <message>
        <source>Add or update</source>
        <translation>Hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>Add the routine to the plan, or update it</source>
        <translation>Programm zum Plan hinzufügen oder ändern</translation>
    </message>
    <message>
        <source>Remove from plan</source>
        <translation>Aus dem Plan nehmen</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Programm:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Wie oft:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Erinnerung:</translation>
    </message>
    <message>
        <source>Routines in the plan</source>
        <translation>Programme im Plan</translation>
    </message>
    <message>
        <source>Desktop reminders, even when the app is closed</source>
        <translation>Erinnerungen am Desktop, auch wenn die App zu ist</translation>
    </message>
    <message>
        <source>Reminder status</source>
        <translation>Stand der Erinnerungen</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Ruhetage</translation>
    </message>
    <message>
        <source>Undo rest day</source>
        <translation>Ruhetag rückgängig</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>{routine}: {how_often}</source>
        <translation>{routine}: {how_often}</translation>
    </message>
    <message>
        <source>Not installed: tick the box to be reminded at the plan&apos;s times.</source>
        <translation>Nicht eingerichtet: Setz das Häkchen, um zu den Zeiten im Plan erinnert zu werden.</translation>
    </message>
    <message>
        <source>choose a routine first</source>
        <translation>wähle zuerst ein Programm</translation>
    </message>
    <message>
        <source>tick at least one weekday</source>
        <translation>wähle mindestens einen Wochentag</translation>
    </message>
    <message>
        <source>Select a routine in the plan first.</source>
        <translation>Wähle zuerst ein Programm im Plan.</translation>
    </message>
    <message>
        <source>Select a rest day first.</source>
        <translation>Wähle zuerst einen Ruhetag.</translation>
    </message>
    <message>
        <source>give a routine a reminder time first</source>
        <translation>gib zuerst einem Programm eine Erinnerungszeit</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>Because pain was {pain} after the last session ({threshold} or more).</source>
        <translation>Weil der Schmerz nach der letzten Einheit bei {pain} lag ({threshold} oder mehr).</translation>
    </message>
    <message>
        <source>Because pain went up from {first} to {latest} over the last {count} sessions ({rise} or more).</source>
        <translation>Weil der Schmerz in den letzten {count} Einheiten von {first} auf {latest} gestiegen ist ({rise} oder mehr).</translation>
    </message>
    <message>
        <source>Ease back: {routine} with holds {seconds} s shorter</source>
        <translation>Kürzer treten: {routine} mit {seconds} s kürzeren Haltezeiten</translation>
    </message>
    <message>
        <source>Ease back: repeat {routine} as it is before stepping up</source>
        <translation>Kürzer treten: {routine} erst noch einmal so machen, bevor du steigerst</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds</source>
        <translation>Steigern: {routine} mit +{seconds} s Haltezeit</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds on the left side (the weaker one)</source>
        <translation>Steigern: {routine} mit +{seconds} s Haltezeit links (der schwächeren Seite)</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds on the right side (the weaker one)</source>
        <translation>Steigern: {routine} mit +{seconds} s Haltezeit rechts (der schwächeren Seite)</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{reps} reps</source>
        <translation>Steigern: {routine} mit +{reps} Wiederholungen</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds and +{reps} reps</source>
        <translation>Steigern: {routine} mit +{seconds} s Haltezeit und +{reps} Wiederholungen</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds on the left side (the weaker one) and +{reps} reps</source>
        <translation>Steigern: {routine} mit +{seconds} s Haltezeit links (der schwächeren Seite) und +{reps} Wiederholungen</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds on the right side (the weaker one) and +{reps} reps</source>
        <translation>Steigern: {routine} mit +{seconds} s Haltezeit rechts (der schwächeren Seite) und +{reps} Wiederholungen</translation>
    </message>
    <message>
        <source>Your last {count} sessions were completed with pain {pain} or less and effort {effort} or less.</source>
        <translation>Deine letzten {count} Einheiten hast du ganz geschafft, mit Schmerz {pain} oder weniger und Anstrengung {effort} oder weniger.</translation>
    </message>
    <message>
        <source>You met your plan for {weeks} weeks in a row at the activation stage and the sessions felt easy (pain {pain} or less, effort {effort} or less).</source>
        <translation>Du hast deinen Plan {weeks} Wochen in Folge in der Aktivierungsphase erfüllt, und die Einheiten fielen dir leicht (Schmerz {pain} oder weniger, Anstrengung {effort} oder weniger).</translation>
    </message>
    <message>
        <source>You met your plan for {weeks} weeks in a row at the strength stage and the sessions felt easy (pain {pain} or less, effort {effort} or less).</source>
        <translation>Du hast deinen Plan {weeks} Wochen in Folge in der Kraftphase erfüllt, und die Einheiten fielen dir leicht (Schmerz {pain} oder weniger, Anstrengung {effort} oder weniger).</translation>
    </message>
    <message>
        <source>Add {routine} to your plan ({count} per week)</source>
        <translation>{routine} in deinen Plan aufnehmen ({count}× pro Woche)</translation>
    </message>
    <message>
        <source>Make {routine} a morning habit</source>
        <translation>Mach {routine} zur Morgengewohnheit</translation>
    </message>
    <message>
        <source>A short push into the wall every morning switches the glute medius on; doing it while brushing your teeth makes it easy to keep. You get a reminder at {time}.</source>
        <translation>Jeden Morgen kurz gegen die Wand drücken weckt den mittleren Gesäßmuskel; beim Zähneputzen bleibst du leicht dran. Um {time} bekommst du eine Erinnerung.</translation>
    </message>
</context>
<context>
    <name>QuickAdjust</name>
    <message>
        <source>left 00 s, right 00 s</source>
        <translation>links 00 s, rechts 00 s</translation>
    </message>
    <message>
        <source>Make your own version?</source>
        <translation>Eigene Version anlegen?</translation>
    </message>
    <message>
        <source>Make your own version of “{routine}”?</source>
        <translation>Eine eigene Version von „{routine}“ anlegen?</translation>
    </message>
    <message>
        <source>It will be saved as “{copy}” with holds of {holds}, and selected. The built-in “{routine}” stays as it was.</source>
        <translation>Sie wird als „{copy}“ mit Haltezeiten von {holds} gespeichert und ausgewählt. Das mitgelieferte „{routine}“ bleibt, wie es ist.</translation>
    </message>
    <message>
        <source>Make “{copy}”</source>
        <translation>„{copy}“ anlegen</translation>
    </message>
    <message>
        <source>Which hold times to change</source>
        <translation>Welche Haltezeiten ändern</translation>
    </message>
    <message>
        <source>Which side</source>
        <translation>Welche Seite</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Hold %n second(s) less</source>
        <translation>
            <numerusform>%n Sekunde kürzer halten</numerusform>
            <numerusform>%n Sekunden kürzer halten</numerusform>
        </translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Hold %n second(s) more</source>
        <translation>
            <numerusform>%n Sekunde länger halten</numerusform>
            <numerusform>%n Sekunden länger halten</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Haltezeit</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Halten:</translation>
    </message>
    <message>
        <source>“{routine}” could not be read: {reason}</source>
        <translation>„{routine}“ ließ sich nicht lesen: {reason}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>Nichts geändert.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>Die Änderung ließ sich nicht speichern: {reason}</translation>
    </message>
    <message>
        <source>Saved as your own “{copy}” (holds {holds}); the built-in “{routine}” is unchanged.</source>
        <translation>Als deine eigene Version „{copy}“ gespeichert (Haltezeit {holds}); das mitgelieferte „{routine}“ bleibt unverändert.</translation>
    </message>
    <message>
        <source>Saved “{routine}”: holds {holds}.</source>
        <translation>„{routine}“ gespeichert: Haltezeit {holds}.</translation>
    </message>
    <message>
        <source>All timed holds</source>
        <translation>Alle Haltezeiten</translation>
    </message>
    <message>
        <source>This routine has no timed holds.</source>
        <translation>Dieses Programm hat keine Haltezeiten.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>effort must be between {lowest} and {highest}, not {value}</source>
        <translation>Anstrengung muss zwischen {lowest} und {highest} liegen, nicht {value}</translation>
    </message>
    <message>
        <source>pain must be between {lowest} and {highest}, not {value}</source>
        <translation>Schmerz muss zwischen {lowest} und {highest} liegen, nicht {value}</translation>
    </message>
</context>
<context>
    <name>RatingChips</name>
    <message>
        <source>not rated</source>
        <translation>nicht bewertet</translation>
    </message>
    <message>
        <source>{scale}: {value}</source>
        <translation>{scale}: {value}</translation>
    </message>
</context>
<context>
    <name>RatingDialog</name>
    <message>
        <source>A note for you or your physio (optional)</source>
        <translation>Eine Notiz für dich oder deine Physio (optional)</translation>
    </message>
    <message>
        <source>{low} no effort · {high} the hardest you can imagine</source>
        <translation>{low} keine Anstrengung · {high} das Härteste, was du dir vorstellen kannst</translation>
    </message>
    <message>
        <source>{low} no pain · {high} the worst pain</source>
        <translation>{low} kein Schmerz · {high} der schlimmste Schmerz</translation>
    </message>
    <message>
        <source>Rate this workout</source>
        <translation>Training bewerten</translation>
    </message>
    <message>
        <source>How did it go? Click, use the arrows or type a number. Esc skips.</source>
        <translation>Wie war&apos;s? Klicke, nutze die Pfeiltasten oder tippe eine Zahl. Esc überspringt.</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Überspringen</translation>
    </message>
    <message>
        <source>Do not rate this workout (Esc)</source>
        <translation>Dieses Training nicht bewerten (Esc)</translation>
    </message>
    <message>
        <source>&amp;Effort</source>
        <translation>&amp;Anstrengung</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Schmerz</translation>
    </message>
    <message>
        <source>Effort: {effort_scale}.  Pain: {pain_scale}.</source>
        <translation>Anstrengung: {effort_scale}.  Schmerz: {pain_scale}.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Notiz</translation>
    </message>
    <message>
        <source>Rate {routine}</source>
        <translation>{routine} bewerten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Keep the rating as it was (Esc)</source>
        <translation>Bewertung so lassen, wie sie war (Esc)</translation>
    </message>
</context>
<context>
    <name>ReminderInstall</name>
    <message>
        <source>no reminder times to install</source>
        <translation>keine Erinnerungszeiten zum Einrichten</translation>
    </message>
    <message>
        <source>Installed a systemd user timer ({timer}) for {times}.</source>
        <translation>Ein systemd-Benutzertimer ({timer}) für {times} ist eingerichtet.</translation>
    </message>
    <message>
        <source>cannot write the reminder files: {problem}</source>
        <translation>die Erinnerungsdateien lassen sich nicht schreiben: {problem}</translation>
    </message>
    <message>
        <source>Installed an autostart entry {path} (systemd did not take the timer: {problem}): reminders come at today&apos;s times after you log in (not for times before login, nor on the next day without logging in again).</source>
        <translation>Ein Autostart-Eintrag {path} ist eingerichtet (systemd hat den Timer nicht angenommen: {problem}): Erinnerungen kommen zu den heutigen Zeiten, nachdem du dich angemeldet hast (nicht für Zeiten vor der Anmeldung und nicht am nächsten Tag, ohne dich neu anzumelden).</translation>
    </message>
    <message>
        <source>Installed an autostart entry {path}: reminders come at today&apos;s times after you log in (not for times before login, nor on the next day without logging in again).</source>
        <translation>Ein Autostart-Eintrag {path} ist eingerichtet: Erinnerungen kommen zu den heutigen Zeiten, nachdem du dich angemeldet hast (nicht für Zeiten vor der Anmeldung und nicht am nächsten Tag, ohne dich neu anzumelden).</translation>
    </message>
    <message>
        <source>Installed: a systemd user timer for {times}.</source>
        <translation>Eingerichtet: ein systemd-Benutzertimer für {times}.</translation>
    </message>
    <message>
        <source>Installed: an autostart entry for {times}.</source>
        <translation>Eingerichtet: ein Autostart-Eintrag für {times}.</translation>
    </message>
    <message>
        <source>Installed: something unknown for {times}.</source>
        <translation>Eingerichtet: etwas Unbekanntes für {times}.</translation>
    </message>
    <message>
        <source>Reminders are not installed (&apos;glute-timer reminders install&apos; sets them up).</source>
        <translation>Erinnerungen sind nicht eingerichtet (&apos;glute-timer reminders install&apos; richtet sie ein).</translation>
    </message>
    <message>
        <source>no time</source>
        <comment>in place of the reminder times</comment>
        <translation>keine Uhrzeit</translation>
    </message>
    <message>
        <source>timer: active</source>
        <translation>Timer: aktiv</translation>
    </message>
    <message>
        <source>timer: {problem}</source>
        <translation>Timer: {problem}</translation>
    </message>
    <message>
        <source>missing (removed by hand?): {files}</source>
        <translation>fehlt (von Hand gelöscht?): {files}</translation>
    </message>
</context>
<context>
    <name>ReminderNotifications</name>
    <message>
        <source>Start</source>
        <comment>notification action</comment>
        <translation>Starten</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>day with a session</source>
        <translation>Tag mit Einheit</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>keine Einheit</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>d MMM</source>
        <comment>axis date: day and month</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>MMM</source>
        <comment>axis date: month</comment>
        <translation>MMM</translation>
    </message>
    <message>
        <source>MMM yyyy</source>
        <comment>axis date: month and year</comment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>In diesem Zeitraum nichts aufgezeichnet</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>{option}: {value} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02</source>
        <translation>{option}: {value} ist kein Datum; schreib es als YYYY-MM-DD, z. B. 2026-03-02</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} liegt nach --to {last}</translation>
    </message>
    <message>
        <source>--out: {file}: the file name must end in .pdf</source>
        <translation>--out: {file}: der Dateiname muss auf .pdf enden</translation>
    </message>
    <message>
        <source>--name: at most {limit} characters</source>
        <translation>--name: höchstens {limit} Zeichen</translation>
    </message>
    <message>
        <source>The report could not be written to {place}: {reason}.</source>
        <translation>Der Bericht konnte nicht nach {place} geschrieben werden: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Report written to {place} (%n page(s)).</source>
        <translation>
            <numerusform>Bericht nach {place} geschrieben (%n Seite).</numerusform>
            <numerusform>Bericht nach {place} geschrieben (%n Seiten).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Ohne Seite</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>abgeschlossen</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>neu gestartet</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date in the report&apos;s text</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>day and time in a table</comment>
        <translation>d. MMM HH:mm</translation>
    </message>
    <message>
        <source>{app} report · page {page}</source>
        <translation>{app}-Bericht · Seite {page}</translation>
    </message>
    <message>
        <source>{done} of {reached}</source>
        <translation>{done} von {reached}</translation>
    </message>
    <message>
        <source>{done} s of {planned} s</source>
        <translation>{done} s von {planned} s</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in all: {counts}</source>
        <translation>
            <numerusform>%n Schritt insgesamt: {counts}</numerusform>
            <numerusform>%n Schritte insgesamt: {counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>{exercise} left {count}</source>
        <translation>{exercise} links {count}</translation>
    </message>
    <message>
        <source>{exercise} right {count}</source>
        <translation>{exercise} rechts {count}</translation>
    </message>
    <message>
        <source>{exercise} {count}</source>
        <translation>{exercise} {count}</translation>
    </message>
    <message>
        <source>Left and right held about the same number of seconds (within 1 %).</source>
        <translation>Links und rechts etwa gleich viele Sekunden gehalten (auf 1 % genau).</translation>
    </message>
    <message>
        <source>Right held {percent} % of the seconds left held over the period.</source>
        <translation>Rechts wurde im Zeitraum {percent} % so lange gehalten wie links.</translation>
    </message>
    <message>
        <source>Left held {percent} % of the seconds right held over the period.</source>
        <translation>Links wurde im Zeitraum {percent} % so lange gehalten wie rechts.</translation>
    </message>
    <message>
        <source>Working side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Holds completed</source>
        <translation>Halten erledigt</translation>
    </message>
    <message>
        <source>Rep sets completed</source>
        <translation>Wdh.-Sätze erledigt</translation>
    </message>
    <message>
        <source>Seconds held</source>
        <translation>Sekunden gehalten</translation>
    </message>
    <message>
        <source>“Of” counts the holds and sets the sessions reached; steps never reached are not counted.</source>
        <translation>„Von“ zählt das Halten und die Sätze, die die Einheiten erreicht haben; nie erreichte Schritte zählen nicht.</translation>
    </message>
    <message>
        <source>Seconds held per session, by working side (the session&apos;s holds added up)</source>
        <translation>Gehaltene Sekunden pro Einheit, je Seite (alles Halten der Einheit zusammen)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Effort and pain after each session (0 = none, 10 = worst)</source>
        <translation>Anstrengung und Schmerz nach jeder Einheit (0 = keine, 10 = am schlimmsten)</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Bewertung (0–10)</translation>
    </message>
    <message>
        <source>Skipped or shortened steps</source>
        <translation>Übersprungene oder verkürzte Schritte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Wie es endete</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>{when}: {note}</source>
        <translation>{when}: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done: {completed} completed, {stopped} stopped before the end.</source>
        <translation>
            <numerusform>%n Einheit erledigt: {completed} abgeschlossen, {stopped} vorzeitig beendet.</numerusform>
            <numerusform>%n Einheiten erledigt: {completed} abgeschlossen, {stopped} vorzeitig beendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} are shown; the CSV table has %n earlier one(s).</source>
        <translation>
            <numerusform>Die letzten {shown} sind zu sehen; %n früherer steht in der CSV-Tabelle.</numerusform>
            <numerusform>Die letzten {shown} sind zu sehen; %n frühere stehen in der CSV-Tabelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s) (all of them are in the CSV table).</source>
        <translation>
            <numerusform>… und %n weitere Notiz (alle stehen in der CSV-Tabelle).</numerusform>
            <numerusform>… und %n weitere Notizen (alle stehen in der CSV-Tabelle).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accidental start(s) (under 10 s of work) not counted.</source>
        <translation>
            <numerusform>%n versehentlicher Start (unter 10 s Übung) nicht gezählt.</numerusform>
            <numerusform>%n versehentliche Starts (unter 10 s Übung) nicht gezählt.</numerusform>
        </translation>
    </message>
    <message>
        <source>For: {person}</source>
        <translation>Für: {person}</translation>
    </message>
    <message numerus="yes">
        <source>Period: {first} to {last} (%n day(s))</source>
        <translation>
            <numerusform>Zeitraum: {first} bis {last} (%n Tag)</numerusform>
            <numerusform>Zeitraum: {first} bis {last} (%n Tage)</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with {app} on {day}.</source>
        <translation>Erstellt mit {app} am {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on {active} of {days} days.</source>
        <translation>
            <numerusform>%n Einheit an {active} von {days} Tagen.</numerusform>
            <numerusform>%n Einheiten an {active} von {days} Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days with a session</source>
        <translation>Tage mit Einheit</translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation>In diesem Zeitraum wurden keine Einheiten aufgezeichnet.</translation>
    </message>
    <message>
        <source>Glute medius exercises: progress report</source>
        <translation>Übungen für den mittleren Gesäßmuskel: Fortschrittsbericht</translation>
    </message>
    <message>
        <source>The report is cut here to stay within three pages: every number is in the CSV table.</source>
        <translation>Der Bericht endet hier, damit er drei Seiten nicht überschreitet: Alle Zahlen stehen in der CSV-Tabelle.</translation>
    </message>
    <message>
        <source>{file}: cannot be written</source>
        <translation>{file}: kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>RestDayDialog</name>
    <message>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Krank</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Schub</translation>
    </message>
    <message>
        <source>Mark today as a rest day</source>
        <translation>Heute als Ruhetag eintragen</translation>
    </message>
    <message>
        <source>Kind of day off</source>
        <translation>Art des freien Tages</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Grund (optional)</translation>
    </message>
    <message>
        <source>optional, e.g. knee sore after the walk</source>
        <translation>optional, z. B. Knie tut nach dem Spaziergang weh</translation>
    </message>
    <message>
        <source>Mark the day</source>
        <translation>Tag eintragen</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Grund:</translation>
    </message>
</context>
<context>
    <name>RoutineBar</name>
    <message>
        <source>Routine to edit</source>
        <translation>Programm zum Bearbeiten</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Create a new routine with one exercise</source>
        <translation>Neues Programm mit einer Übung anlegen</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <source>Store a copy of this routine that you can change</source>
        <translation>Eine Kopie dieses Programms speichern, die du ändern kannst</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>&amp;Programm:</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Anpassen</translation>
    </message>
    <message>
        <source>Store an editable copy of this built-in routine</source>
        <translation>Eine änderbare Kopie dieses mitgelieferten Programms speichern</translation>
    </message>
    <message>
        <source>{routine} (built-in)</source>
        <translation>{routine} (mitgeliefert)</translation>
    </message>
    <message>
        <source>“{routine}” is built in and cannot be changed. Customize it to make your own copy.</source>
        <translation>„{routine}“ ist mitgeliefert und lässt sich nicht ändern. Mit „Anpassen“ bekommst du deine eigene Kopie.</translation>
    </message>
</context>
<context>
    <name>RoutineCards</name>
    <message>
        <source>Last done: {when}</source>
        <translation>Zuletzt: {when}</translation>
    </message>
</context>
<context>
    <name>RoutineDetail</name>
    <message>
        <source>{exercise}: {amount}</source>
        <translation>{exercise}: {amount}</translation>
    </message>
    <message>
        <source>Routine details</source>
        <translation>Programmdetails</translation>
    </message>
    <message>
        <source>Picture: {exercise}</source>
        <translation>Bild: {exercise}</translation>
    </message>
</context>
<context>
    <name>RoutineDraft</name>
    <message>
        <source>Add {exercise}</source>
        <translation>{exercise} hinzufügen</translation>
    </message>
    <message>
        <source>Remove {exercise}</source>
        <translation>{exercise} entfernen</translation>
    </message>
    <message>
        <source>Move {exercise}</source>
        <translation>{exercise} verschieben</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>New exercise</source>
        <translation>Neue Übung</translation>
    </message>
    <message>
        <source>Edit routines[*]</source>
        <translation>Programme bearbeiten[*]</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Neues Programm</translation>
    </message>
</context>
<context>
    <name>RoutineFields</name>
    <message>
        <source>Routine name</source>
        <translation>Name des Programms</translation>
    </message>
    <message>
        <source>Get-ready time before each exercise</source>
        <translation>Vorbereitungszeit vor jeder Übung</translation>
    </message>
    <message>
        <source>Optional: what this routine is for</source>
        <translation>Optional: wofür dieses Programm ist</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>Berei&amp;t machen:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>Beschre&amp;ibung:</translation>
    </message>
</context>
<context>
    <name>RoutineFileErrors</name>
    <message>
        <source>unknown key (expected one of: {keys})</source>
        <translation>unbekannter Schlüssel (erlaubt: {keys})</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>must be text, got {kind}</source>
        <translation>muss Text sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be a whole number, got {kind}</source>
        <translation>muss eine ganze Zahl sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>muss eine ganze Zahl sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be one of {options}, got {value}</source>
        <translation>muss eins von {options} sein, nicht {value}</translation>
    </message>
    <message>
        <source>unknown key (expected &quot;left&quot;, &quot;right&quot;)</source>
        <translation>unbekannter Schlüssel (erlaubt: &quot;left&quot;, &quot;right&quot;)</translation>
    </message>
    <message>
        <source>must be a table, got {kind}</source>
        <translation>muss eine Tabelle sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>the top level must be a table, got {kind}</source>
        <translation>die oberste Ebene muss eine Tabelle sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>is missing (add at least one [[exercises]] table)</source>
        <translation>fehlt (füge mindestens eine [[exercises]]-Tabelle hinzu)</translation>
    </message>
    <message>
        <source>must be a list of tables, got {kind}</source>
        <translation>muss eine Liste von Tabellen sein, ist aber {kind}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>eine Liste</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>eine Tabelle</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at position {position})</source>
        <translation>kein UTF-8-Text (ungültiges Byte an Position {position})</translation>
    </message>
    <message>
        <source>the file name must end in .toml or .json</source>
        <translation>der Dateiname muss auf .toml oder .json enden</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>not a usable {format} routine: {problem}</source>
        <translation>kein brauchbares {format}-Programm: {problem}</translation>
    </message>
    <message>
        <source>not valid TOML: {problem}</source>
        <translation>kein gültiges TOML: {problem}</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>Routine files (*.toml *.json)</source>
        <translation>Programmdateien (*.toml *.json)</translation>
    </message>
    <message>
        <source>{file}: could not be stored: {reason}</source>
        <translation>{file}: konnte nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>The routine could not be imported</source>
        <translation>Das Programm konnte nicht importiert werden</translation>
    </message>
    <message>
        <source>The routine could not be exported</source>
        <translation>Das Programm konnte nicht exportiert werden</translation>
    </message>
    <message>
        <source>{file}: cannot be written: {reason}</source>
        <translation>{file}: kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Programme importieren</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Programm exportieren</translation>
    </message>
    <message>
        <source>Routine already there</source>
        <translation>Programm gibt es schon</translation>
    </message>
    <message>
        <source>“{routine}” is a built-in routine.</source>
        <translation>„{routine}“ ist ein mitgeliefertes Programm.</translation>
    </message>
    <message>
        <source>Import the file as a separate routine?</source>
        <translation>Datei als separates Programm importieren?</translation>
    </message>
    <message>
        <source>You already have a routine called “{routine}”.</source>
        <translation>Du hast schon ein Programm namens „{routine}“.</translation>
    </message>
    <message>
        <source>Replace it with the file, or keep both?</source>
        <translation>Durch die Datei ersetzen oder beide behalten?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Ersetzen</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Beide behalten</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix the file and try again.</source>
        <translation>Nichts wurde geändert. Korrigiere die Datei und versuch es noch einmal.</translation>
    </message>
</context>
<context>
    <name>RoutineNames</name>
    <message>
        <source>{name} (custom)</source>
        <translation>{name} (angepasst)</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (Kopie)</translation>
    </message>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (importiert)</translation>
    </message>
    <message>
        <source>{name} (imported {number})</source>
        <translation>{name} (importiert {number})</translation>
    </message>
</context>
<context>
    <name>RoutineProblems</name>
    <message>
        <source>hold must be at least 1 second, got {value}</source>
        <translation>Halten muss mindestens 1 Sekunde dauern, nicht {value}</translation>
    </message>
    <message>
        <source>hold must be at most {most} seconds ({minutes} min), got {value}</source>
        <translation>Halten darf höchstens {most} Sekunden ({minutes} min) dauern, nicht {value}</translation>
    </message>
    <message>
        <source>switch must not be negative, got {value}</source>
        <translation>Wechselzeit darf nicht negativ sein (ist {value})</translation>
    </message>
    <message>
        <source>switch must be at most {most} seconds ({minutes} min), got {value}</source>
        <translation>Wechselzeit darf höchstens {most} Sekunden ({minutes} min) dauern, nicht {value}</translation>
    </message>
    <message>
        <source>rest must not be negative, got {value}</source>
        <translation>Pause darf nicht negativ sein (ist {value})</translation>
    </message>
    <message>
        <source>rest must be at most {most} seconds ({minutes} min), got {value}</source>
        <translation>Pause darf höchstens {most} Sekunden ({minutes} min) dauern, nicht {value}</translation>
    </message>
    <message>
        <source>prepare time must not be negative, got {value}</source>
        <translation>Vorbereitungszeit darf nicht negativ sein (ist {value})</translation>
    </message>
    <message>
        <source>prepare time must be at most {most} seconds ({minutes} min), got {value}</source>
        <translation>Vorbereitungszeit darf höchstens {most} Sekunden ({minutes} min) dauern, nicht {value}</translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation>Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>name must not be empty (it holds only invisible characters)</source>
        <translation>Name darf nicht leer sein (er enthält nur unsichtbare Zeichen)</translation>
    </message>
    <message>
        <source>name must be at most {most} characters, got {length}</source>
        <translation>Name darf höchstens {most} Zeichen lang sein, hat aber {length}</translation>
    </message>
    <message>
        <source>illustration must not be empty</source>
        <translation>Bild darf nicht leer sein</translation>
    </message>
    <message>
        <source>illustration must not be empty (it holds only invisible characters)</source>
        <translation>Bild darf nicht leer sein (es enthält nur unsichtbare Zeichen)</translation>
    </message>
    <message>
        <source>illustration must be at most {most} characters, got {length}</source>
        <translation>Bild darf höchstens {most} Zeichen lang sein, hat aber {length}</translation>
    </message>
    <message>
        <source>left how-to must be at most {most} characters, got {length}</source>
        <translation>Anleitung für links darf höchstens {most} Zeichen lang sein, hat aber {length}</translation>
    </message>
    <message>
        <source>right how-to must be at most {most} characters, got {length}</source>
        <translation>Anleitung für rechts darf höchstens {most} Zeichen lang sein, hat aber {length}</translation>
    </message>
    <message>
        <source>name must not contain a control character (found {character} at character {position})</source>
        <translation>Name darf kein Steuerzeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>name must not contain a text-direction control (found {character} at character {position})</source>
        <translation>Name darf kein Textrichtungszeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>name must not contain an invisible character (found {character} at character {position})</source>
        <translation>Name darf kein unsichtbares Zeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>name must not contain a lone surrogate (not a real character) (found {character} at character {position})</source>
        <translation>Name darf kein einzelnes Surrogat (kein echtes Zeichen) enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>illustration must not contain a control character (found {character} at character {position})</source>
        <translation>Bild darf kein Steuerzeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>illustration must not contain a text-direction control (found {character} at character {position})</source>
        <translation>Bild darf kein Textrichtungszeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>illustration must not contain an invisible character (found {character} at character {position})</source>
        <translation>Bild darf kein unsichtbares Zeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>illustration must not contain a lone surrogate (not a real character) (found {character} at character {position})</source>
        <translation>Bild darf kein einzelnes Surrogat (kein echtes Zeichen) enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>left how-to must not contain a control character (found {character} at character {position})</source>
        <translation>Anleitung für links darf kein Steuerzeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>left how-to must not contain a text-direction control (found {character} at character {position})</source>
        <translation>Anleitung für links darf kein Textrichtungszeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>left how-to must not contain an invisible character (found {character} at character {position})</source>
        <translation>Anleitung für links darf kein unsichtbares Zeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>left how-to must not contain a lone surrogate (not a real character) (found {character} at character {position})</source>
        <translation>Anleitung für links darf kein einzelnes Surrogat (kein echtes Zeichen) enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>right how-to must not contain a control character (found {character} at character {position})</source>
        <translation>Anleitung für rechts darf kein Steuerzeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>right how-to must not contain a text-direction control (found {character} at character {position})</source>
        <translation>Anleitung für rechts darf kein Textrichtungszeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>right how-to must not contain an invisible character (found {character} at character {position})</source>
        <translation>Anleitung für rechts darf kein unsichtbares Zeichen enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>right how-to must not contain a lone surrogate (not a real character) (found {character} at character {position})</source>
        <translation>Anleitung für rechts darf kein einzelnes Surrogat (kein echtes Zeichen) enthalten (gefunden: {character} an Stelle {position})</translation>
    </message>
    <message>
        <source>seconds per rep must be {lowest} to {highest}, got {value}</source>
        <translation>Sekunden pro Wiederholung: {lowest} bis {highest}, nicht {value}</translation>
    </message>
    <message>
        <source>must be at least 1, got {value}</source>
        <translation>muss mindestens 1 sein, nicht {value}</translation>
    </message>
    <message>
        <source>must be at most {most}, got {value}</source>
        <translation>darf höchstens {most} sein, nicht {value}</translation>
    </message>
    <message>
        <source>at most {most} exercises, got {count}</source>
        <translation>höchstens {most} Übungen, nicht {count}</translation>
    </message>
    <message>
        <source>must be at most {most} characters</source>
        <translation>darf höchstens {most} Zeichen lang sein</translation>
    </message>
    <message>
        <source>a value per side needs sides = &quot;both&quot;</source>
        <translation>ein Wert pro Seite braucht sides = &quot;both&quot;</translation>
    </message>
    <message>
        <source>a routine needs at least one exercise</source>
        <translation>ein Programm braucht mindestens eine Übung</translation>
    </message>
    <message>
        <source>a routine named {name} already exists</source>
        <translation>ein Programm namens {name} gibt es schon</translation>
    </message>
    <message>
        <source>{name} looks the same as the routine {other} (letters from another alphabet); choose a name that reads differently</source>
        <translation>{name} sieht aus wie das Programm {other} (Buchstaben aus einem anderen Alphabet); wähle einen Namen, der sich anders liest</translation>
    </message>
</context>
<context>
    <name>RoutineQuestions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>“{routine}” has changes that are not saved.</source>
        <translation>„{routine}“ hat Änderungen, die nicht gespeichert sind.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>Vorher speichern?</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Programm löschen</translation>
    </message>
    <message>
        <source>Delete “{routine}”? This cannot be undone. Your history keeps its sessions.</source>
        <translation>„{routine}“ löschen? Das lässt sich nicht rückgängig machen. Dein Verlauf behält seine Einheiten.</translation>
    </message>
</context>
<context>
    <name>RoutineShelf</name>
    <message>
        <source>Your routines could not be read: {error}</source>
        <translation>Deine Programme ließen sich nicht lesen: {error}</translation>
    </message>
    <message>
        <source>“{routine}” could not be read: {error}</source>
        <translation>„{routine}“ ließ sich nicht lesen: {error}</translation>
    </message>
    <message>
        <source>The routine could not be deleted: {error}</source>
        <translation>Das Programm ließ sich nicht löschen: {error}</translation>
    </message>
    <message>
        <source>The routine could not be saved: {error}</source>
        <translation>Das Programm ließ sich nicht speichern: {error}</translation>
    </message>
</context>
<context>
    <name>RoutineStore</name>
    <message>
        <source>{routine} is a built-in routine; choose another name</source>
        <translation>{routine} ist ein mitgeliefertes Programm; wähle einen anderen Namen</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>Rück&amp;gängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>Wie&amp;derholen</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Letzte Änderung rückgängig machen (Strg+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Redo the change undone last (Ctrl+Shift+Z)</source>
        <translation>Zuletzt rückgängig gemachte Änderung wiederholen (Strg+Umschalt+Z)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Throw away the changes since the last save</source>
        <translation>Änderungen seit dem letzten Speichern verwerfen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>mon</source>
        <translation>Mo</translation>
    </message>
    <message>
        <source>tue</source>
        <translation>Di</translation>
    </message>
    <message>
        <source>wed</source>
        <translation>Mi</translation>
    </message>
    <message>
        <source>thu</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>fri</source>
        <translation>Fr</translation>
    </message>
    <message>
        <source>sat</source>
        <translation>Sa</translation>
    </message>
    <message>
        <source>sun</source>
        <translation>So</translation>
    </message>
    <message>
        <source>per week must be 1 to 7, not {count}</source>
        <translation>pro Woche muss 1 bis 7 sein, nicht {count}</translation>
    </message>
    <message>
        <source>weekdays must name at least one day, each 0 (Monday) to 6</source>
        <translation>Wochentage: mindestens einen Tag nennen, jeweils 0 (Montag) bis 6</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>daily at {time}</source>
        <translation>täglich um {time}</translation>
    </message>
    <message>
        <source>{count} per week</source>
        <translation>{count}× pro Woche</translation>
    </message>
    <message>
        <source>{count} per week at {time}</source>
        <translation>{count}× pro Woche um {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} um {time}</translation>
    </message>
    <message>
        <source>{text} is not a weekday (use {days})</source>
        <translation>{text} ist kein Wochentag (nimm {days})</translation>
    </message>
    <message>
        <source>{text} is not a time as HH:MM (e.g. 07:30)</source>
        <translation>{text} ist keine Uhrzeit als HH:MM (z. B. 07:30)</translation>
    </message>
    <message>
        <source>{text} is not a time of day (00:00 to 23:59)</source>
        <translation>{text} ist keine Uhrzeit (00:00 bis 23:59)</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>no keep-awake service</source>
        <translation>kein Dienst zum Wachhalten des Bildschirms</translation>
    </message>
    <message>
        <source>Following {routine}</source>
        <translation>Training: {routine}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Programm</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Anstrengung</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Schmerz</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>{done} of {planned} holds and sets completed</source>
        <translation>{done} von {planned} Halten und Sätzen erledigt</translation>
    </message>
    <message>
        <source>{percent} %</source>
        <translation>{percent} %</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>Get-ready time for built-in routines (custom routines keep their own).</source>
        <translation>Vorbereitungszeit für mitgelieferte Programme (eigene behalten ihre).</translation>
    </message>
    <message>
        <source>Cue volume in percent.</source>
        <translation>Lautstärke der Signale in Prozent.</translation>
    </message>
    <message>
        <source>No cue sounds at all.</source>
        <translation>Gar keine Signaltöne.</translation>
    </message>
    <message>
        <source>Which player plays cues: auto, simpleaudio, qt or none.</source>
        <translation>Womit die Signale abgespielt werden: auto, simpleaudio, qt oder none.</translation>
    </message>
    <message>
        <source>Beep at each cue.</source>
        <translation>Bei jedem Signal piepen.</translation>
    </message>
    <message>
        <source>Speak the cues (&quot;switch sides&quot;) as well as beeping.</source>
        <translation>Signale auch ansagen („Seite wechseln“), nicht nur piepen.</translation>
    </message>
    <message>
        <source>Stop the screen saver while a workout runs.</source>
        <translation>Bildschirmschoner während des Trainings aus.</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation>Farbschema: wie das System, hell oder dunkel.</translation>
    </message>
    <message>
        <source>Text size, as a factor of the system&apos;s.</source>
        <translation>Textgröße, als Faktor der Systemgröße.</translation>
    </message>
    <message>
        <source>Language of the app and its voice: system, or a code such as en, de or es.</source>
        <translation>Sprache der App und ihrer Stimme: system oder ein Kürzel wie en, de oder es.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Get-ready time (built-in routines)</source>
        <translation>Vorbereitungszeit (mitgelieferte Programme)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Lautstärke</translation>
    </message>
    <message>
        <source>Mute all sounds</source>
        <translation>Alle Töne aus</translation>
    </message>
    <message>
        <source>Beeps</source>
        <translation>Pieptöne</translation>
    </message>
    <message>
        <source>Spoken prompts</source>
        <translation>Sprachansagen</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Tonausgabe</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Kein Ton</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Farbschema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Keep the screen awake during a workout</source>
        <translation>Bildschirm beim Training anlassen</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Textgröße</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Wie das System ({language})</translation>
    </message>
    <message>
        <source>The new language applies the next time {app} opens.</source>
        <translation>Die neue Sprache gilt ab dem nächsten Start von {app}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Sound output in use</source>
        <translation>Tonausgabe in Gebrauch</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>Testton abspielen</translation>
    </message>
    <message>
        <source>Plays a cue at the volume set above</source>
        <translation>Spielt ein Signal mit der eingestellten Lautstärke</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>In Gebrauch:</translation>
    </message>
    <message>
        <source>Put every setting back to how the app came</source>
        <translation>Alle Einstellungen auf den Auslieferungszustand zurücksetzen</translation>
    </message>
    <message>
        <source>Sound is not loaded.</source>
        <translation>Ton ist nicht geladen.</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>noch nicht geladen</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The app already open did not answer; look for its window.</source>
        <translation>Die schon geöffnete App hat nicht geantwortet; such nach ihrem Fenster.</translation>
    </message>
    <message>
        <source>The request was not understood.</source>
        <translation>Die Anfrage wurde nicht verstanden.</translation>
    </message>
    <message>
        <source>The app already open could not start it; details are in its log.</source>
        <translation>Die schon geöffnete App konnte es nicht starten; Details stehen in ihrem Protokoll.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>activation</source>
        <translation>Aktivierung</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>Kraft</translation>
    </message>
    <message>
        <source>endurance</source>
        <translation>Ausdauer</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>mitgeliefert</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>eigenes</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Workout history</source>
        <translation>Trainingsverlauf</translation>
    </message>
    <message>
        <source>Past workouts (Ctrl+H)</source>
        <translation>Bisherige Einheiten (Strg+H)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Tastenbelegung</translation>
    </message>
    <message>
        <source>The keyboard keys (?)</source>
        <translation>Die Tastenbelegung (?)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Mehr</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Weitere Aktionen</translation>
    </message>
    <message>
        <source>Export, about, quit and everything else (F10)</source>
        <translation>Exportieren, Info, Beenden und alles Weitere (F10)</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Programm wählen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Das gewählte Programm starten</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter on a card)</source>
        <translation>Das gewählte Programm starten (Eingabe auf einer Karte)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>{summary} · last done {when}</source>
        <translation>{summary} · zuletzt {when}</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>{routine} starten</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>die Festplatte ist voll; schaffe etwas Platz und versuch es noch einmal</translation>
    </message>
    <message>
        <source>another program is holding the history database; close it (or wait) and try again</source>
        <translation>ein anderes Programm blockiert die Verlaufsdatenbank; schließ es (oder warte) und versuch es noch einmal</translation>
    </message>
    <message>
        <source>the data folder cannot be written; make it writable and try again</source>
        <translation>in den Datenordner kann nicht geschrieben werden; mach ihn beschreibbar und versuch es noch einmal</translation>
    </message>
    <message>
        <source>the history database is damaged; restarting {app} sets it aside</source>
        <translation>die Verlaufsdatenbank ist beschädigt; ein Neustart von {app} legt sie beiseite</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing</source>
        <translation>die Festplatte meldete einen Fehler beim Lesen oder Schreiben</translation>
    </message>
    <message>
        <source>the history database could not be used (details are in the log)</source>
        <translation>die Verlaufsdatenbank ließ sich nicht nutzen (Details stehen im Protokoll)</translation>
    </message>
</context>
<context>
    <name>StructureErrors</name>
    <message>
        <source>nested more than {most} levels deep</source>
        <translation>mehr als {most} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>more than {most} quote marks</source>
        <translation>mehr als {most} Anführungszeichen</translation>
    </message>
    <message>
        <source>more than {most} keys, values and brackets (a routine needs far fewer)</source>
        <translation>mehr als {most} Schlüssel, Werte und Klammern (ein Programm braucht weit weniger)</translation>
    </message>
    <message>
        <source>a number of more than {most} digits ({start}...)</source>
        <translation>eine Zahl mit mehr als {most} Ziffern ({start}...)</translation>
    </message>
    <message>
        <source>more than {most} characters (the longest TOML routine needs about {longest})</source>
        <translation>mehr als {most} Zeichen (das längste TOML-Programm braucht etwa {longest})</translation>
    </message>
    <message>
        <source>more than {most} backslash escapes</source>
        <translation>mehr als {most} Backslash-Escapes</translation>
    </message>
    <message>
        <source>more than {most} characters of text and comments (the longest routine holds about {longest})</source>
        <translation>mehr als {most} Zeichen Text und Kommentare (das längste Programm hat etwa {longest})</translation>
    </message>
    <message>
        <source>more than {most} characters outside text and comments</source>
        <translation>mehr als {most} Zeichen außerhalb von Text und Kommentaren</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Vorschlag annehmen</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Vorschlag verwerfen</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Done: {change}.</source>
        <translation>Erledigt: {change}.</translation>
    </message>
    <message>
        <source>The suggestion could not be applied: {reason}.</source>
        <translation>Der Vorschlag ließ sich nicht übernehmen: {reason}.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <source>Today: rest day, the streak is kept</source>
        <translation>Heute: Ruhetag, deine Serie bleibt</translation>
    </message>
    <message>
        <source>Today: sick, the streak is kept</source>
        <translation>Heute: krank, deine Serie bleibt</translation>
    </message>
    <message>
        <source>Today: flare-up, the streak is kept</source>
        <translation>Heute: Schmerzschub, deine Serie bleibt</translation>
    </message>
    <message>
        <source>Rest day marked for today.</source>
        <translation>Heute als Ruhetag eingetragen.</translation>
    </message>
    <message>
        <source>Sick marked for today.</source>
        <translation>Heute als krank eingetragen.</translation>
    </message>
    <message>
        <source>Flare-up marked for today.</source>
        <translation>Heute als Schmerzschub eingetragen.</translation>
    </message>
    <message>
        <source>{mark} {routine} · {done} of {needed} this week</source>
        <translation>{mark} {routine} · {done} von {needed} diese Woche</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Serie: %n Tag</numerusform>
            <numerusform>Serie: %n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: nothing due yet</source>
        <translation>Diese Woche: noch nichts fällig</translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n day(s)</source>
        <translation>
            <numerusform>Diese Woche: {done} von %n Tag</numerusform>
            <numerusform>Diese Woche: {done} von %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} ({reason})</source>
        <translation>{sentence} ({reason})</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Heute fällig</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Ruhetag</translation>
    </message>
    <message>
        <source>Mark today as rest day…</source>
        <translation>Heute Ruhetag eintragen…</translation>
    </message>
    <message>
        <source>Not a rest day</source>
        <translation>Kein Ruhetag</translation>
    </message>
    <message>
        <source>Undo the rest day</source>
        <translation>Ruhetag zurücknehmen</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Annehmen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nicht jetzt</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Noch kein Plan.</translation>
    </message>
    <message>
        <source>Nothing planned for today.</source>
        <translation>Für heute ist nichts geplant.</translation>
    </message>
    <message>
        <source>The plan could not be read or changed: {reason}</source>
        <translation>Der Plan ließ sich nicht lesen oder ändern: {reason}</translation>
    </message>
    <message>
        <source>Added to your plan: {routine} every day at {time}.</source>
        <translation>In deinen Plan aufgenommen: {routine} jeden Tag um {time}.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig</translation>
    </message>
</context>
<context>
    <name>UnsavedHistoryPrompt</name>
    <message numerus="yes">
        <source>%n workout result(s) could not be saved yet.</source>
        <translation>
            <numerusform>%n Trainingsergebnis konnte noch nicht gespeichert werden.</numerusform>
            <numerusform>%n Trainingsergebnisse konnten noch nicht gespeichert werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workout not saved yet</source>
        <translation>Training noch nicht gespeichert</translation>
    </message>
    <message>
        <source>{app} keeps trying while it is open. If you quit now these results are lost; the history keeps what was already saved and marks the workout as interrupted.</source>
        <translation>{app} versucht es weiter, solange es offen ist. Wenn du jetzt beendest, gehen diese Ergebnisse verloren; der Verlauf behält, was schon gespeichert ist, und markiert das Training als unterbrochen.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Noch mal versuchen</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Offen lassen</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Ohne Speichern beenden</translation>
    </message>
</context>
<context>
    <name>VoiceCues</name>
    <message>
        <source>Left leg standing, right knee to the wall</source>
        <translation>Linkes Standbein, rechtes Knie an die Wand</translation>
    </message>
    <message>
        <source>Right leg standing, left knee to the wall</source>
        <translation>Rechtes Standbein, linkes Knie an die Wand</translation>
    </message>
    <message>
        <source>Left leg on top, lift and hold</source>
        <translation>Linkes Bein oben, heben und halten</translation>
    </message>
    <message>
        <source>Right leg on top, lift and hold</source>
        <translation>Rechtes Bein oben, heben und halten</translation>
    </message>
    <message>
        <source>Left leg underneath, hips up</source>
        <translation>Linkes Bein unten, Hüfte hoch</translation>
    </message>
    <message>
        <source>Right leg underneath, hips up</source>
        <translation>Rechtes Bein unten, Hüfte hoch</translation>
    </message>
    <message>
        <source>Left leg on top, scissor</source>
        <translation>Linkes Bein oben, Schere</translation>
    </message>
    <message>
        <source>Right leg on top, scissor</source>
        <translation>Rechtes Bein oben, Schere</translation>
    </message>
    <message>
        <source>Left leg standing, squat slowly</source>
        <translation>Linkes Standbein, langsam beugen</translation>
    </message>
    <message>
        <source>Right leg standing, squat slowly</source>
        <translation>Rechtes Standbein, langsam beugen</translation>
    </message>
    <message>
        <source>Left leg in front, lunge</source>
        <translation>Linkes Bein vorn, Ausfallschritt</translation>
    </message>
    <message>
        <source>Right leg in front, lunge</source>
        <translation>Rechtes Bein vorn, Ausfallschritt</translation>
    </message>
</context>
<context>
    <name>VoicePrompt</name>
    <message>
        <source>Get ready</source>
        <translation>Mach dich bereit</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Linke Seite</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Rechte Seite</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Seite wechseln</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>Halbzeit</translation>
    </message>
    <message>
        <source>Last set</source>
        <translation>Letzter Satz</translation>
    </message>
    <message>
        <source>Workout complete</source>
        <translation>Training geschafft</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>Die letzte</translation>
    </message>
    <message>
        <source>Set {number} of {count}</source>
        <translation>Satz {number} von {count}</translation>
    </message>
</context>
<context>
    <name>WorkoutSession</name>
    <message>
        <source>Following {routine}</source>
        <translation>Training: {routine}</translation>
    </message>
    <message>
        <source>no service answered</source>
        <translation>kein Dienst hat geantwortet</translation>
    </message>
</context>
<context>
    <name>WorkoutStepText</name>
    <message>
        <source>GET READY</source>
        <translation>VORBEREITEN</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>HALTEN</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>WDH.</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>SEITE WECHSELN</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>PAUSE</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>FERTIG</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>LINKS</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>RECHTS</translation>
    </message>
    <message>
        <source>Set {number} of {count}</source>
        <translation>Satz {number} von {count}</translation>
    </message>
    <message>
        <source>Workout complete</source>
        <translation>Training geschafft</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) LEFT</source>
        <translation>
            <numerusform>%n Wdh. LINKS</numerusform>
            <numerusform>%n Wdh. LINKS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) RIGHT</source>
        <translation>
            <numerusform>%n Wdh. RECHTS</numerusform>
            <numerusform>%n Wdh. RECHTS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
    <message>
        <source>hold LEFT, {duration}</source>
        <translation>LINKS halten, {duration}</translation>
    </message>
    <message>
        <source>hold RIGHT, {duration}</source>
        <translation>RECHTS halten, {duration}</translation>
    </message>
    <message>
        <source>hold, {duration}</source>
        <translation>halten, {duration}</translation>
    </message>
    <message>
        <source>switch to LEFT</source>
        <translation>Wechsel nach LINKS</translation>
    </message>
    <message>
        <source>switch to RIGHT</source>
        <translation>Wechsel nach RECHTS</translation>
    </message>
    <message>
        <source>switch to the other side</source>
        <translation>Wechsel auf die andere Seite</translation>
    </message>
    <message>
        <source>{exercise} LEFT</source>
        <translation>{exercise} LINKS</translation>
    </message>
    <message>
        <source>{exercise} RIGHT</source>
        <translation>{exercise} RECHTS</translation>
    </message>
    <message>
        <source>rest {duration}</source>
        <translation>Pause {duration}</translation>
    </message>
    <message>
        <source>finished!</source>
        <translation>geschafft!</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Danach: {step}</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {time} left</source>
        <translation>Schritt {number} von {count} · noch {time}</translation>
    </message>
</context>
<context>
    <name>WorkoutSummary</name>
    <message>
        <source>Left {count}</source>
        <translation>Links {count}</translation>
    </message>
    <message>
        <source>Right {count}</source>
        <translation>Rechts {count}</translation>
    </message>
    <message>
        <source>Left {time} held</source>
        <translation>Links {time} gehalten</translation>
    </message>
    <message>
        <source>Right {time} held</source>
        <translation>Rechts {time} gehalten</translation>
    </message>
    <message>
        <source>Total time: {time}</source>
        <translation>Gesamtzeit: {time}</translation>
    </message>
    <message>
        <source>Holds and sets completed: {per_side}</source>
        <translation>Halten und Sätze erledigt: {per_side}</translation>
    </message>
    <message>
        <source>Completed without a side: {count}</source>
        <translation>Ohne Seite erledigt: {count}</translation>
    </message>
    <message>
        <source>Holds and sets completed: none</source>
        <translation>Halten und Sätze erledigt: keine</translation>
    </message>
    <message>
        <source>Steps skipped: none</source>
        <translation>Übersprungene Schritte: keine</translation>
    </message>
    <message>
        <source>Steps skipped: {count}</source>
        <translation>Übersprungene Schritte: {count}</translation>
    </message>
    <message>
        <source>{time} held</source>
        <translation>{time} gehalten</translation>
    </message>
    <message>
        <source>Workout summary</source>
        <translation>Trainingsübersicht</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Per side</source>
        <translation>Pro Seite</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>Done: back to routines</source>
        <translation>Fertig: zurück zu den Programmen</translation>
    </message>
    <message>
        <source>Save the rating, if any, and go back to the routines (Enter)</source>
        <translation>Bewertung speichern (falls vorhanden) und zurück zu den Programmen (Eingabe)</translation>
    </message>
    <message>
        <source>Well done! {routine} complete</source>
        <translation>Gut gemacht! {routine} geschafft</translation>
    </message>
    <message>
        <source>{routine} stopped</source>
        <translation>{routine} beendet</translation>
    </message>
</context>
<context>
    <name>WorkoutView</name>
    <message>
        <source>Paused: the computer was asleep</source>
        <translation>Pausiert: Der Computer war im Ruhezustand</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Art des Schritts</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Gesamtfortschritt</translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation>Trainingsfortschritt</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>So geht&apos;s</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Go back to the previous step (Left, B)</source>
        <translation>Zum vorigen Schritt (Pfeil links, B)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pause oder weiter (Leertaste)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Auslassen</translation>
    </message>
    <message>
        <source>Skip this step (Right, N)</source>
        <translation>Diesen Schritt überspringen (Pfeil rechts, N)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <source>I have done the reps (Enter)</source>
        <translation>Wiederholungen geschafft (Eingabe)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Stop the workout (Esc)</source>
        <translation>Training beenden (Esc)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Ton aus</translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation>Der Ton ist aus</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>The screen may go dark during this workout: it cannot be kept awake ({reason}). Move the mouse now and then, or turn off the screen saver.</source>
        <translation>Der Bildschirm kann während des Trainings dunkel werden: Er lässt sich nicht wach halten ({reason}). Beweg ab und zu die Maus oder schalte den Bildschirmschoner aus.</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>{reason}
Space to continue</source>
        <translation>{reason}
Leertaste: weiter</translation>
    </message>
    <message>
        <source>{reason}. Space to continue</source>
        <translation>{reason}. Leertaste: weiter</translation>
    </message>
    <message>
        <source>Paused — Space to continue</source>
        <translation>Pausiert – Leertaste: weiter</translation>
    </message>
    <message>
        <source>Paused. Space to continue</source>
        <translation>Pausiert. Leertaste: weiter</translation>
    </message>
</context>
</TS>
