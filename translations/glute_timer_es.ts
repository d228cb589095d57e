<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AboutBox</name>
    <message>
        <source>none (not loaded)</source>
        <translation>ninguna (no cargada)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>A follow-along timer for glute medius exercises.</source>
        <translation>Un temporizador para seguir ejercicios del glúteo medio.</translation>
    </message>
    <message>
        <source>Sound output: {sound}</source>
        <translation>Salida de sonido: {sound}</translation>
    </message>
    <message>
        <source>Data folder: {folder}</source>
        <translation>Carpeta de datos: {folder}</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>No sound: {error}</source>
        <translation>Sin sonido: {error}</translation>
    </message>
    <message>
        <source>Rating saved.</source>
        <translation>Valoración guardada.</translation>
    </message>
    <message>
        <source>History cannot be saved</source>
        <translation>No se puede guardar el historial</translation>
    </message>
    <message>
        <source>Part of a workout could not be saved</source>
        <translation>Parte del entrenamiento no se pudo guardar</translation>
    </message>
    <message>
        <source>Something went wrong; details are in the log.</source>
        <translation>Algo salió mal; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>History and custom routines are unavailable: {reason}</source>
        <translation>El historial y las rutinas personalizadas no están disponibles: {reason}</translation>
    </message>
    <message>
        <source>Custom routines unavailable: {reason}</source>
        <translation>Las rutinas personalizadas no están disponibles: {reason}</translation>
    </message>
    <message>
        <source>Routines could not be read: {reason}</source>
        <translation>No se pudieron leer las rutinas: {reason}</translation>
    </message>
    <message>
        <source>Imported “{routine}”</source>
        <translation>“{routine}” importada</translation>
    </message>
    <message>
        <source>Saved to {path}</source>
        <translation>Guardado en {path}</translation>
    </message>
    <message>
        <source>No sound output is working: {sound}</source>
        <translation>Ninguna salida de sonido funciona: {sound}</translation>
    </message>
    <message>
        <source>Sound is muted (M turns it back on).</source>
        <translation>El sonido está silenciado (M lo vuelve a activar).</translation>
    </message>
    <message>
        <source>Played at {volume}%.</source>
        <translation>Reproducido al {volume} %.</translation>
    </message>
</context>
<context>
    <name>AppPlan</name>
    <message>
        <source>The plan is unavailable; details are in the log.</source>
        <translation>El plan no está disponible; los detalles están en el registro.</translation>
    </message>
    <message>
        <source>Finish or stop this workout to start {routine}</source>
        <translation>Termina o para este entrenamiento antes de empezar {routine}</translation>
    </message>
    <message>
        <source>{app} is in the middle of a workout: finish or stop it to start {routine}.</source>
        <translation>{app} está en medio de un entrenamiento: termínalo o páralo antes de empezar {routine}.</translation>
    </message>
    <message>
        <source>No routine called {routine}</source>
        <translation>No hay ninguna rutina llamada {routine}</translation>
    </message>
    <message>
        <source>{app} has no routine called {routine}.</source>
        <translation>{app} no tiene ninguna rutina llamada {routine}.</translation>
    </message>
    <message>
        <source>Started {routine} in the {app} already open.</source>
        <translation>{routine} empezada en {app}, que ya estaba abierto.</translation>
    </message>
</context>
<context>
    <name>CheckedEdits</name>
    <message>
        <source>Rename routine</source>
        <translation>Cambiar el nombre de la rutina</translation>
    </message>
    <message>
        <source>Change get-ready time</source>
        <translation>Cambiar el tiempo para prepararte</translation>
    </message>
    <message>
        <source>Change description</source>
        <translation>Cambiar la descripción</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>usage: </source>
        <translation>uso: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>argumentos</translation>
    </message>
    <message>
        <source>options</source>
        <translation>opciones</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>muestra esta ayuda y sale</translation>
    </message>
    <message>
        <source>{problem} (see &apos;{program} --help&apos;)</source>
        <translation>{problem} (consulta &apos;{program} --help&apos;)</translation>
    </message>
    <message>
        <source>cannot open the database {file}: {reason}</source>
        <translation>No se puede abrir la base de datos {file}: {reason}</translation>
    </message>
    <message>
        <source>no routine named {name}; &apos;glute-timer routines&apos; lists them</source>
        <translation>No hay ninguna rutina llamada {name}; &apos;glute-timer routines&apos; las muestra todas</translation>
    </message>
    <message>
        <source>{file}: {problem} (use --replace to overwrite it)</source>
        <translation>{file}: {problem} (usa --replace para sobrescribirla)</translation>
    </message>
    <message>
        <source>{file}: {problem}</source>
        <translation>{file}: {problem}</translation>
    </message>
    <message>
        <source>Imported {routine}.</source>
        <translation>{routine} importada.</translation>
    </message>
    <message>
        <source>{file}: cannot be written: {reason}</source>
        <translation>{file}: no se puede escribir: {reason}</translation>
    </message>
    <message>
        <source>Exported {routine} to {file}.</source>
        <translation>{routine} exportada a {file}.</translation>
    </message>
    <message>
        <source>--limit must be from 1 to {largest}</source>
        <translation>--limit debe estar entre 1 y {largest}</translation>
    </message>
    <message>
        <source>cannot read the history in {file}: {reason}</source>
        <translation>No se puede leer el historial de {file}: {reason}</translation>
    </message>
    <message>
        <source>no display found: neither DISPLAY nor WAYLAND_DISPLAY is set, so the window cannot open; the command-line commands work without one (see &apos;glute-timer --help&apos;)</source>
        <translation>No se encontró ninguna pantalla: no están definidas ni DISPLAY ni WAYLAND_DISPLAY, así que la ventana no puede abrirse; los comandos de la línea de comandos funcionan sin ella (consulta &apos;glute-timer --help&apos;)</translation>
    </message>
    <message>
        <source>history import: name the FILE.json to import</source>
        <translation>history import: indica el archivo FILE.json que quieres importar</translation>
    </message>
    <message>
        <source>history import takes only the FILE.json</source>
        <translation>history import solo admite el archivo FILE.json</translation>
    </message>
    <message>
        <source>cannot write the report: {reason}</source>
        <translation>No se puede escribir el informe: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n página</numerusform>
            <numerusform>%n páginas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message>
        <source>Wrote {file}: {pages}, {sessions}.</source>
        <translation>Se escribió {file}: {pages}, {sessions}.</translation>
    </message>
    <message>
        <source>A follow-along timer for glute medius exercises. With no command, opens the app.</source>
        <translation>Un temporizador para seguir ejercicios del glúteo medio. Sin ningún comando, abre la aplicación.</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>muestra el número de versión y sale</translation>
    </message>
    <message>
        <source>where data lives (default: $GLUTE_TIMER_DATA_DIR or the platform&apos;s user data folder)</source>
        <translation>dónde se guardan los datos (por defecto: $GLUTE_TIMER_DATA_DIR o la carpeta de datos del sistema)</translation>
    </message>
    <message>
        <source>force an audio backend (default: the saved setting, else auto)</source>
        <translation>fuerza un sistema de audio (por defecto: el ajuste guardado o, si no, auto)</translation>
    </message>
    <message>
        <source>commands</source>
        <translation>comandos</translation>
    </message>
    <message>
        <source>list built-in and custom routines</source>
        <translation>muestra las rutinas incluidas y las personalizadas</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprime JSON</translation>
    </message>
    <message>
        <source>print a routine&apos;s steps</source>
        <translation>muestra los pasos de una rutina</translation>
    </message>
    <message>
        <source>print a JSON list of steps</source>
        <translation>imprime los pasos como lista JSON</translation>
    </message>
    <message>
        <source>store a routine file (.toml or .json) as a custom routine</source>
        <translation>guarda un archivo de rutina (.toml o .json) como rutina personalizada</translation>
    </message>
    <message>
        <source>overwrite a custom routine of that name</source>
        <translation>sobrescribe una rutina personalizada con ese nombre</translation>
    </message>
    <message>
        <source>write a routine to FILE (.toml or .json)</source>
        <translation>escribe una rutina en FILE (.toml o .json)</translation>
    </message>
    <message>
        <source>print recorded sessions, newest first; &apos;history import FILE.json&apos; merges an export</source>
        <translation>muestra las sesiones registradas, las más recientes primero; &apos;history import FILE.json&apos; incorpora una exportación</translation>
    </message>
    <message>
        <source>merge FILE.json (a history --json export) into the history</source>
        <translation>incorpora FILE.json (una exportación de history --json) al historial</translation>
    </message>
    <message>
        <source>the file to import</source>
        <translation>el archivo que se importa</translation>
    </message>
    <message>
        <source>print JSON (sessions with their steps)</source>
        <translation>imprime JSON (sesiones con sus pasos)</translation>
    </message>
    <message>
        <source>print CSV (one row per step)</source>
        <translation>imprime CSV (una fila por paso)</translation>
    </message>
    <message>
        <source>only the N newest sessions</source>
        <translation>solo las N sesiones más recientes</translation>
    </message>
    <message>
        <source>only sessions of this routine</source>
        <translation>solo las sesiones de esta rutina</translation>
    </message>
    <message>
        <source>write a progress report for your physio (PDF)</source>
        <translation>escribe un informe de progreso para tu fisio (PDF)</translation>
    </message>
    <message>
        <source>the PDF to write</source>
        <translation>el PDF que se escribe</translation>
    </message>
    <message>
        <source>first day, YYYY-MM-DD</source>
        <translation>primer día, YYYY-MM-DD</translation>
    </message>
    <message>
        <source>last day, YYYY-MM-DD (default today)</source>
        <translation>último día, YYYY-MM-DD (por defecto: hoy)</translation>
    </message>
    <message>
        <source>only this routine</source>
        <translation>solo esta rutina</translation>
    </message>
    <message>
        <source>the person&apos;s name, printed on the report</source>
        <translation>tu nombre, que aparece en el informe</translation>
    </message>
    <message>
        <source>also write the report&apos;s numbers as CSV</source>
        <translation>escribe también las cifras del informe en CSV</translation>
    </message>
    <message>
        <source>open the app and start a routine at once</source>
        <translation>abre la aplicación y empieza una rutina al momento</translation>
    </message>
</context>
<context>
    <name>CliPlan</name>
    <message>
        <source>{variable}={value} is not an ISO date and time</source>
        <translation>{variable}={value} no es una fecha y hora ISO</translation>
    </message>
    <message>
        <source>{variable}={value} needs a UTC offset, e.g. 2026-03-27T07:30:00+01:00</source>
        <translation>{variable}={value} necesita un desfase UTC, p. ej. 2026-03-27T07:30:00+01:00</translation>
    </message>
    <message>
        <source>Nothing planned. Add a routine: glute-timer plan add &quot;Wall push&quot; --daily --at 07:30</source>
        <translation>No hay nada planificado. Añade una rutina: glute-timer plan add &quot;Wall push&quot; --daily --at 07:30</translation>
    </message>
    <message>
        <source>--at: {problem}</source>
        <translation>--at: {problem}</translation>
    </message>
    <message>
        <source>--per-week must be a whole number from 1 to 7, not {value}</source>
        <translation>--per-week debe ser un número entero de 1 a 7, no {value}</translation>
    </message>
    <message>
        <source>--days: {problem}</source>
        <translation>--days: {problem}</translation>
    </message>
    <message>
        <source>Added {routine}: {how_often}.</source>
        <translation>{routine} añadida: {how_often}.</translation>
    </message>
    <message>
        <source>Changed {routine}: {how_often}.</source>
        <translation>{routine} cambiada: {how_often}.</translation>
    </message>
    <message>
        <source>No reminder times are left in the plan: reminders uninstalled.</source>
        <translation>No quedan horas de recordatorio en el plan: recordatorios desinstalados.</translation>
    </message>
    <message>
        <source>the reminders were not updated: {reason}</source>
        <translation>Los recordatorios no se actualizaron: {reason}</translation>
    </message>
    <message>
        <source>{routine} is not in the plan; &apos;glute-timer plan&apos; shows it</source>
        <translation>{routine} no está en el plan; &apos;glute-timer plan&apos; lo muestra</translation>
    </message>
    <message>
        <source>Removed {routine} from the plan.</source>
        <translation>{routine} quitada del plan.</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <source>Nothing due today.</source>
        <translation>Hoy no toca nada.</translation>
    </message>
    <message>
        <source>({done} of {needed} this week)</source>
        <translation>({done} de {needed} esta semana)</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Racha: %n día</numerusform>
            <numerusform>Racha: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: nothing due yet</source>
        <translation>Esta semana: aún no toca nada</translation>
    </message>
    <message>
        <source>This week: {done} of {due} days done ({percent}%)</source>
        <translation>Esta semana: {done} de {due} días hechos ({percent} %)</translation>
    </message>
    <message>
        <source>dddd dd MMMM yyyy</source>
        <comment>date pattern</comment>
        <translation>dddd d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Marked as a rest day: it never breaks a streak.</source>
        <translation>Marcado como día de descanso: nunca rompe una racha.</translation>
    </message>
    <message>
        <source>Marked as a sick day: it never breaks a streak.</source>
        <translation>Marcado como día de enfermedad: nunca rompe una racha.</translation>
    </message>
    <message>
        <source>Marked as a flare-up day: it never breaks a streak.</source>
        <translation>Marcado como día de brote de dolor: nunca rompe una racha.</translation>
    </message>
    <message>
        <source>Marked as a rest day ({reason}): it never breaks a streak.</source>
        <translation>Marcado como día de descanso ({reason}): nunca rompe una racha.</translation>
    </message>
    <message>
        <source>Marked as a sick day ({reason}): it never breaks a streak.</source>
        <translation>Marcado como día de enfermedad ({reason}): nunca rompe una racha.</translation>
    </message>
    <message>
        <source>Marked as a flare-up day ({reason}): it never breaks a streak.</source>
        <translation>Marcado como día de brote de dolor ({reason}): nunca rompe una racha.</translation>
    </message>
    <message>
        <source>DATE: {value} is not a date as YYYY-MM-DD (or today, yesterday)</source>
        <translation>DATE: {value} no es una fecha en formato YYYY-MM-DD (ni today, yesterday)</translation>
    </message>
    <message>
        <source>--kind must be one of {kinds}, not {value}</source>
        <translation>--kind debe ser uno de {kinds}, no {value}</translation>
    </message>
    <message>
        <source>--reason is {length} characters long; at most {most}</source>
        <translation>--reason tiene {length} caracteres; como máximo {most}</translation>
    </message>
    <message>
        <source>--reason must not contain control or invisible characters</source>
        <translation>--reason no puede contener caracteres de control ni invisibles</translation>
    </message>
    <message>
        <source>{date} is not marked as a rest day</source>
        <translation>{date} no está marcado como día de descanso</translation>
    </message>
    <message>
        <source>{date} is an ordinary day again.</source>
        <translation>{date} vuelve a ser un día normal.</translation>
    </message>
    <message>
        <source>{date} marked as a rest day; it never breaks your streak.</source>
        <translation>{date} marcado como día de descanso; nunca rompe tu racha.</translation>
    </message>
    <message>
        <source>{date} marked as a sick day; it never breaks your streak.</source>
        <translation>{date} marcado como día de enfermedad; nunca rompe tu racha.</translation>
    </message>
    <message>
        <source>{date} marked as a flare-up day; it never breaks your streak.</source>
        <translation>{date} marcado como día de brote de dolor; nunca rompe tu racha.</translation>
    </message>
    <message>
        <source>no suggestion {which}; &apos;glute-timer suggest&apos; lists them</source>
        <translation>No hay ninguna sugerencia {which}; &apos;glute-timer suggest&apos; las muestra</translation>
    </message>
    <message>
        <source>Accepted: {change}.</source>
        <translation>Aceptada: {change}.</translation>
    </message>
    <message>
        <source>Dismissed: {suggestion}.</source>
        <translation>Descartada: {suggestion}.</translation>
    </message>
    <message>
        <source>No suggestions: keep going as planned.</source>
        <translation>No hay sugerencias: sigue con tu plan.</translation>
    </message>
    <message>
        <source>Accept one with &apos;glute-timer suggest --accept N&apos;, or hide it with --dismiss N.</source>
        <translation>Acepta una con &apos;glute-timer suggest --accept N&apos; o descártala con --dismiss N.</translation>
    </message>
    <message>
        <source>show the plan; &apos;plan add&apos; and &apos;plan remove&apos; edit it</source>
        <translation>muestra el plan; &apos;plan add&apos; y &apos;plan remove&apos; lo cambian</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>imprime JSON</translation>
    </message>
    <message>
        <source>plan commands</source>
        <translation>comandos del plan</translation>
    </message>
    <message>
        <source>plan a routine (or change how often)</source>
        <translation>planifica una rutina (o cambia cada cuánto)</translation>
    </message>
    <message>
        <source>every day</source>
        <translation>todos los días</translation>
    </message>
    <message>
        <source>N days a week, any days (1 to 7)</source>
        <translation>N días por semana, cualquier día (de 1 a 7)</translation>
    </message>
    <message>
        <source>these weekdays, e.g. mon,wed,fri</source>
        <translation>estos días de la semana, p. ej. mon,wed,fri</translation>
    </message>
    <message>
        <source>remind at this local time</source>
        <translation>recuerda a esta hora local</translation>
    </message>
    <message>
        <source>take a routine out of the plan</source>
        <translation>quita una rutina del plan</translation>
    </message>
    <message>
        <source>what is due today, the streak and the week</source>
        <translation>lo que toca hoy, la racha y la semana</translation>
    </message>
    <message>
        <source>mark a day as rest, sick or flare-up</source>
        <translation>marca un día como descanso, enfermedad o brote de dolor</translation>
    </message>
    <message>
        <source>YYYY-MM-DD (default: today)</source>
        <translation>YYYY-MM-DD (por defecto: hoy)</translation>
    </message>
    <message>
        <source>why (optional)</source>
        <translation>por qué (opcional)</translation>
    </message>
    <message>
        <source>rest (default), sick, flare-up</source>
        <translation>rest (por defecto), sick, flare-up</translation>
    </message>
    <message>
        <source>make the day an ordinary day again</source>
        <translation>vuelve a hacer del día un día normal</translation>
    </message>
    <message>
        <source>progression suggestions the sessions have earned</source>
        <translation>sugerencias de progreso que te has ganado con tus sesiones</translation>
    </message>
    <message>
        <source>apply suggestion N (number or key)</source>
        <translation>aplica la sugerencia N (número o clave)</translation>
    </message>
    <message>
        <source>hide suggestion N for good</source>
        <translation>oculta la sugerencia N para siempre</translation>
    </message>
    <message>
        <source>notify now if something is due and not done</source>
        <translation>avisa ahora si algo toca y no está hecho</translation>
    </message>
    <message>
        <source>instead, remind at each of today&apos;s later times</source>
        <translation>en su lugar, recuerda en cada hora posterior de hoy</translation>
    </message>
    <message>
        <source>reminders when the app is closed</source>
        <translation>recordatorios cuando la aplicación está cerrada</translation>
    </message>
</context>
<context>
    <name>CliReminders</name>
    <message>
        <source>Nothing due now.</source>
        <translation>Ahora no toca nada.</translation>
    </message>
    <message>
        <source>{routine} is due: {length}</source>
        <translation>Toca {routine}: {length}</translation>
    </message>
    <message>
        <source>{routine} is due</source>
        <translation>Toca {routine}</translation>
    </message>
    <message>
        <source>could not show a notification: {reason}</source>
        <translation>No se pudo mostrar la notificación: {reason}</translation>
    </message>
    <message>
        <source>Reminded: {routines}</source>
        <translation>Recordatorio enviado: {routines}</translation>
    </message>
    <message>
        <source>Starting {routine}.</source>
        <translation>Empezando {routine}.</translation>
    </message>
    <message>
        <source>--action-wait must be 0 to {most} seconds</source>
        <translation>--action-wait debe ser de 0 a {most} segundos</translation>
    </message>
    <message numerus="yes">
        <source>Removed %n file(s).</source>
        <translation>
            <numerusform>Se eliminó %n archivo.</numerusform>
            <numerusform>Se eliminaron %n archivos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was installed.</source>
        <translation>No había nada instalado.</translation>
    </message>
    <message>
        <source>no reminder times in the plan; add one with &apos;glute-timer plan add NAME --daily --at 07:30&apos;</source>
        <translation>No hay horas de recordatorio en el plan; añade una con &apos;glute-timer plan add NAME --daily --at 07:30&apos;</translation>
    </message>
</context>
<context>
    <name>CliRoutines</name>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <source>endurance</source>
        <translation>resistencia</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>prepárate</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>NAME</source>
        <comment>column</comment>
        <translation>NOMBRE</translation>
    </message>
    <message>
        <source>TIME</source>
        <comment>column</comment>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>STAGE</source>
        <comment>column</comment>
        <translation>ETAPA</translation>
    </message>
    <message>
        <source>KIND</source>
        <comment>column</comment>
        <translation>TIPO</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>personalizada</translation>
    </message>
    <message>
        <source>{routine}  ({total} in all)</source>
        <translation>{routine}  ({total} en total)</translation>
    </message>
    <message>
        <source>LEFT and RIGHT name the working side: the side whose glute medius does the work.</source>
        <translation>IZQUIERDA y DERECHA indican el lado que trabaja: el lado cuyo glúteo medio hace el trabajo.</translation>
    </message>
    <message>
        <source>STEP</source>
        <comment>column</comment>
        <translation>PASO</translation>
    </message>
    <message>
        <source>EXERCISE</source>
        <comment>column</comment>
        <translation>EJERCICIO</translation>
    </message>
    <message>
        <source>SIDE</source>
        <comment>column</comment>
        <translation>LADO</translation>
    </message>
    <message>
        <source>SET</source>
        <comment>column</comment>
        <translation>SERIE</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) x {seconds} s</source>
        <translation>
            <numerusform>%n repetición x {seconds} s</numerusform>
            <numerusform>%n repeticiones x {seconds} s</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Commands</name>
    <message>
        <source>More menu</source>
        <translation>Menú “Más”</translation>
    </message>
    <message>
        <source>Pause or resume</source>
        <translation>Pausar o seguir</translation>
    </message>
    <message>
        <source>Space · clicker blank-screen (.) · media Play/Pause</source>
        <translation>Espacio · pantalla negra del presentador (.) · multimedia Reproducir/Pausa</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>media Pause</source>
        <translation>multimedia Pausa</translation>
    </message>
    <message>
        <source>Done with the reps</source>
        <translation>Repeticiones hechas</translation>
    </message>
    <message>
        <source>Enter</source>
        <translation>Intro</translation>
    </message>
    <message>
        <source>Skip to the next step</source>
        <translation>Saltar al siguiente paso</translation>
    </message>
    <message>
        <source>Right · N · Page Down (clicker) · media Next</source>
        <translation>Derecha · N · Av Pág (presentador) · multimedia Siguiente</translation>
    </message>
    <message>
        <source>Back: restart the step, or the previous step in its first 2 s</source>
        <translation>Atrás: reinicia el paso, o vuelve al anterior en sus primeros 2 s</translation>
    </message>
    <message>
        <source>Left · B · Page Up (clicker) · media Previous</source>
        <translation>Izquierda · B · Re Pág (presentador) · multimedia Anterior</translation>
    </message>
    <message>
        <source>Stop the workout (asks first)</source>
        <translation>Terminar el entrenamiento (pregunta antes)</translation>
    </message>
    <message>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <source>Full screen on or off</source>
        <translation>Activar o quitar la pantalla completa</translation>
    </message>
    <message>
        <source>Sound on or off</source>
        <translation>Activar o silenciar el sonido</translation>
    </message>
    <message>
        <source>Louder</source>
        <translation>Más alto</translation>
    </message>
    <message>
        <source>Quieter</source>
        <translation>Más bajo</translation>
    </message>
    <message>
        <source>Show these keys</source>
        <translation>Mostrar estas teclas</translation>
    </message>
    <message>
        <source>Edit routines…</source>
        <translation>Editar rutinas…</translation>
    </message>
    <message>
        <source>Create, change and delete routines</source>
        <translation>Crea, cambia y borra rutinas</translation>
    </message>
    <message>
        <source>Import routines…</source>
        <translation>Importar rutinas…</translation>
    </message>
    <message>
        <source>Add routines from files</source>
        <translation>Añade rutinas desde archivos</translation>
    </message>
    <message>
        <source>Export routine…</source>
        <translation>Exportar rutina…</translation>
    </message>
    <message>
        <source>Save the selected routine</source>
        <translation>Guarda la rutina seleccionada</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>Ajustes…</translation>
    </message>
    <message>
        <source>Sound, get-ready time, text size</source>
        <translation>Sonido, tiempo para prepararte, tamaño del texto</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Past workouts</source>
        <translation>Sesiones anteriores</translation>
    </message>
    <message>
        <source>Plan…</source>
        <translation>Plan…</translation>
    </message>
    <message>
        <source>What to do how often, reminders, rest days</source>
        <translation>Qué hacer y cada cuánto, recordatorios, días de descanso</translation>
    </message>
    <message>
        <source>Import history…</source>
        <translation>Importar historial…</translation>
    </message>
    <message>
        <source>Add the sessions of a history file (from another computer); none twice</source>
        <translation>Añade las sesiones de un archivo de historial (de otro equipo); ninguna dos veces</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer borrado</translation>
    </message>
    <message>
        <source>Bring back the session just deleted (on the History page)</source>
        <translation>Recupera la sesión que acabas de borrar (en el historial)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>The keyboard keys</source>
        <translation>Los atajos de teclado</translation>
    </message>
    <message>
        <source>About {app}</source>
        <translation>Acerca de {app}</translation>
    </message>
    <message>
        <source>Version, sound output, data folder</source>
        <translation>Versión, salida de sonido, carpeta de datos</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Salir</translation>
    </message>
    <message>
        <source>Close {app}</source>
        <translation>Cerrar {app}</translation>
    </message>
</context>
<context>
    <name>CountdownDial</name>
    <message>
        <source>rep {number} of {count}</source>
        <translation>repetición {number} de {count}</translation>
    </message>
    <message>
        <source>{time} left</source>
        <translation>quedan {time}</translation>
    </message>
    <message numerus="yes">
        <source>%n second(s) left</source>
        <translation>
            <numerusform>queda %n segundo</numerusform>
            <numerusform>quedan %n segundos</numerusform>
        </translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Tiempo restante</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>segundos</translation>
    </message>
    <message>
        <source>{time_left}, rep {number} of {count}</source>
        <translation>{time_left}, repetición {number} de {count}</translation>
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
        <translation>izq. {left_time}, der. {right_time}</translation>
    </message>
    <message>
        <source>{sets} × {amount} each side</source>
        <translation>{sets} × {amount} por lado</translation>
    </message>
    <message>
        <source>{sets} × {amount} left only</source>
        <translation>{sets} × {amount} solo lado izquierdo</translation>
    </message>
    <message>
        <source>{sets} × {amount} right only</source>
        <translation>{sets} × {amount} solo lado derecho</translation>
    </message>
    <message>
        <source>{sets} × {amount}</source>
        <translation>{sets} × {amount}</translation>
    </message>
    <message>
        <source>{amount} each side</source>
        <translation>{amount} por lado</translation>
    </message>
    <message>
        <source>{amount} left only</source>
        <translation>{amount} solo lado izquierdo</translation>
    </message>
    <message>
        <source>{amount} right only</source>
        <translation>{amount} solo lado derecho</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
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
        <translation>Cambiar el nombre del ejercicio</translation>
    </message>
    <message>
        <source>Change illustration</source>
        <translation>Cambiar la ilustración</translation>
    </message>
    <message>
        <source>Change instructions</source>
        <translation>Cambiar las instrucciones</translation>
    </message>
    <message>
        <source>Change mode</source>
        <translation>Cambiar el modo</translation>
    </message>
    <message>
        <source>Change hold</source>
        <translation>Cambiar el tiempo de mantener</translation>
    </message>
    <message>
        <source>Change left hold</source>
        <translation>Cambiar el tiempo del lado izquierdo</translation>
    </message>
    <message>
        <source>Change right hold</source>
        <translation>Cambiar el tiempo del lado derecho</translation>
    </message>
    <message>
        <source>Change reps</source>
        <translation>Cambiar las repeticiones</translation>
    </message>
    <message>
        <source>Change seconds per rep</source>
        <translation>Cambiar los segundos por repetición</translation>
    </message>
    <message>
        <source>Change left how-to</source>
        <translation>Cambiar la indicación del lado izquierdo</translation>
    </message>
    <message>
        <source>Change right how-to</source>
        <translation>Cambiar la indicación del lado derecho</translation>
    </message>
    <message>
        <source>Change sets</source>
        <translation>Cambiar las series</translation>
    </message>
    <message>
        <source>Change sides</source>
        <translation>Cambiar los lados</translation>
    </message>
    <message>
        <source>Change first side</source>
        <translation>Cambiar el primer lado</translation>
    </message>
    <message>
        <source>Change switch time</source>
        <translation>Cambiar el tiempo de cambio</translation>
    </message>
    <message>
        <source>Change rest</source>
        <translation>Cambiar el descanso</translation>
    </message>
    <message>
        <source>Change exercise</source>
        <translation>Cambiar el ejercicio</translation>
    </message>
    <message>
        <source>generic</source>
        <translation>genérica</translation>
    </message>
    <message>
        <source>lunge</source>
        <translation>zancada</translation>
    </message>
    <message>
        <source>side lying abduction</source>
        <translation>abducción de lado</translation>
    </message>
    <message>
        <source>side plank</source>
        <translation>plancha lateral</translation>
    </message>
    <message>
        <source>side scissor kicks</source>
        <translation>tijeras laterales</translation>
    </message>
    <message>
        <source>single leg squat</source>
        <translation>sentadilla a una pierna</translation>
    </message>
    <message>
        <source>wall push</source>
        <translation>empuje contra la pared</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation>Nombre del ejercicio</translation>
    </message>
    <message>
        <source>Timed hold</source>
        <translation>Mantener un tiempo</translation>
    </message>
    <message>
        <source>Repetitions</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Hold seconds</source>
        <translation>Segundos que mantienes</translation>
    </message>
    <message>
        <source>Different hold for each side</source>
        <translation>Tiempo distinto por lado</translation>
    </message>
    <message>
        <source>Hold seconds, left side</source>
        <translation>Segundos que mantienes, lado izquierdo</translation>
    </message>
    <message>
        <source>Hold seconds, right side</source>
        <translation>Segundos que mantienes, lado derecho</translation>
    </message>
    <message>
        <source>Left:</source>
        <translation>Izquierda:</translation>
    </message>
    <message>
        <source>Right:</source>
        <translation>Derecha:</translation>
    </message>
    <message>
        <source>No tempo (press Done)</source>
        <translation>Sin ritmo (pulsa Listo)</translation>
    </message>
    <message>
        <source>Seconds per rep</source>
        <translation>Segundos por repetición</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Left only</source>
        <translation>Solo lado izquierdo</translation>
    </message>
    <message>
        <source>Right only</source>
        <translation>Solo lado derecho</translation>
    </message>
    <message>
        <source>No sides</source>
        <translation>Sin lados</translation>
    </message>
    <message>
        <source>Left</source>
        <comment>first side</comment>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <comment>first side</comment>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>One line; empty uses the picture&apos;s own</source>
        <translation>Una línea; si la dejas vacía, se usa la de la imagen</translation>
    </message>
    <message>
        <source>How to, left working side</source>
        <translation>Indicación, lado izquierdo (el que trabaja)</translation>
    </message>
    <message>
        <source>How to, right working side</source>
        <translation>Indicación, lado derecho (el que trabaja)</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>Nom&amp;bre:</translation>
    </message>
    <message>
        <source>I&amp;llustration:</source>
        <translation>&amp;Ilustración:</translation>
    </message>
    <message>
        <source>Ins&amp;tructions:</source>
        <translation>Ins&amp;trucciones:</translation>
    </message>
    <message>
        <source>M&amp;ode:</source>
        <translation>M&amp;odo:</translation>
    </message>
    <message>
        <source>&amp;Hold:</source>
        <translation>&amp;Mantener:</translation>
    </message>
    <message>
        <source>Re&amp;ps:</source>
        <translation>&amp;Repeticiones:</translation>
    </message>
    <message>
        <source>Seconds per rep:</source>
        <translation>Segundos por repetición:</translation>
    </message>
    <message>
        <source>S&amp;ets:</source>
        <translation>&amp;Series:</translation>
    </message>
    <message>
        <source>Si&amp;des:</source>
        <translation>&amp;Lados:</translation>
    </message>
    <message>
        <source>&amp;First side:</source>
        <translation>Primer l&amp;ado:</translation>
    </message>
    <message>
        <source>S&amp;witch time:</source>
        <translation>Tiempo de &amp;cambio:</translation>
    </message>
    <message>
        <source>Rest &amp;between sets:</source>
        <translation>Descanso &amp;entre series:</translation>
    </message>
    <message>
        <source>How to, left:</source>
        <translation>Indicación izquierda:</translation>
    </message>
    <message>
        <source>How to, right:</source>
        <translation>Indicación derecha:</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Exercise {number}: {exercise}</source>
        <translation>Ejercicio {number}: {exercise}</translation>
    </message>
</context>
<context>
    <name>ExerciseList</name>
    <message>
        <source>Exercises, in order</source>
        <translation>Ejercicios, en orden</translation>
    </message>
    <message>
        <source>Drag to reorder, or use Ctrl+Up and Ctrl+Down</source>
        <translation>Arrastra para cambiar el orden, o usa Ctrl+↑ y Ctrl+↓</translation>
    </message>
    <message>
        <source>New exercise…</source>
        <translation>Ejercicio nuevo…</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Añadir</translation>
    </message>
    <message>
        <source>Add an exercise from the library, or a new one</source>
        <translation>Añade un ejercicio de la biblioteca, o uno nuevo</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the exercise (Delete); Undo brings it back</source>
        <translation>Quita el ejercicio (Supr); “Deshacer” lo recupera</translation>
    </message>
    <message>
        <source>Up</source>
        <translation>Subir</translation>
    </message>
    <message>
        <source>Move the exercise up (Ctrl+Up)</source>
        <translation>Sube el ejercicio (Ctrl+↑)</translation>
    </message>
    <message>
        <source>Down</source>
        <translation>Bajar</translation>
    </message>
    <message>
        <source>Move the exercise down (Ctrl+Down)</source>
        <translation>Baja el ejercicio (Ctrl+↓)</translation>
    </message>
    <message>
        <source>Exercises (drag to reorder):</source>
        <translation>Ejercicios (arrastra para ordenar):</translation>
    </message>
    <message>
        <source>Total time: {duration} (repetitions counted at about 3 s each)</source>
        <translation>Tiempo total: {duration} (cada repetición cuenta unos 3 s)</translation>
    </message>
    <message>
        <source>Total time: {duration}</source>
        <translation>Tiempo total: {duration}</translation>
    </message>
</context>
<context>
    <name>FieldRefusals</name>
    <message>
        <source>Problems</source>
        <translation>Problemas</translation>
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
        <translation>es una carpeta, no un archivo</translation>
    </message>
    <message>
        <source>is a named pipe, not a file</source>
        <translation>es una tubería con nombre, no un archivo</translation>
    </message>
    <message>
        <source>is a device, not a file</source>
        <translation>es un dispositivo, no un archivo</translation>
    </message>
    <message>
        <source>is a socket, not a file</source>
        <translation>es un socket, no un archivo</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>no es un archivo normal</translation>
    </message>
    <message>
        <source>cannot be written: {reason}</source>
        <translation>no se puede escribir: {reason}</translation>
    </message>
    <message>
        <source>the file is {size} bytes; it may be at most {most} bytes</source>
        <translation>el archivo ocupa {size} bytes; puede ocupar como máximo {most} bytes</translation>
    </message>
    <message>
        <source>cannot be read: {reason}</source>
        <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
        <source>the file is more than {most} bytes; it may be at most that</source>
        <translation>el archivo ocupa más de {most} bytes, que es el máximo</translation>
    </message>
</context>
<context>
    <name>HistoryCalendar</name>
    <message>
        <source>A filled circle marks a day with a session; “12·2” means two sessions on the 12th. Short starts (under 10 s) count too.</source>
        <translation>Un círculo relleno marca un día con sesión; “12·2” significa dos sesiones el día 12. Los inicios cortos (menos de 10 s) también cuentan.</translation>
    </message>
    <message>
        <source>Calendar of sessions</source>
        <translation>Calendario de sesiones</translation>
    </message>
    <message>
        <source>Streaks</source>
        <translation>Rachas</translation>
    </message>
    <message>
        <source>Calendar legend</source>
        <translation>Leyenda del calendario</translation>
    </message>
    <message>
        <source>Streaks cannot be read right now.</source>
        <translation>Ahora no se pueden leer las rachas.</translation>
    </message>
    <message numerus="yes">
        <source>Current streak: %n day(s)</source>
        <translation>
            <numerusform>Racha actual: %n día</numerusform>
            <numerusform>Racha actual: %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>longest: %n day(s)</source>
        <translation>
            <numerusform>la más larga: %n día</numerusform>
            <numerusform>la más larga: %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) with a session in all</source>
        <translation>
            <numerusform>%n día con sesión en total</numerusform>
            <numerusform>%n días con sesión en total</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Minutes held per working side, by week (this week so far)</source>
        <translation>Minutos mantenidos por lado, por semana (esta semana hasta ahora)</translation>
    </message>
    <message>
        <source>Effort and pain after each session</source>
        <translation>Esfuerzo y dolor después de cada sesión</translation>
    </message>
    <message>
        <source>Left working side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right working side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Sin lado</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>{lowest} to {highest}</source>
        <translation>de {lowest} a {highest}</translation>
    </message>
    <message>
        <source>d MMM</source>
        <comment>axis date: day and month</comment>
        <translation>d MMM</translation>
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
        <translation>No se puede crear la carpeta de datos {folder}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot prepare the history file {path}: {problem}.</source>
        <translation>No se puede preparar el archivo del historial {path}: {problem}.</translation>
    </message>
    <message>
        <source>Cannot prepare the database {path}: {problem}</source>
        <translation>No se puede preparar la base de datos {path}: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryDates</name>
    <message>
        <source>ddd dd MMM yyyy HH:mm</source>
        <translation>ddd dd MMM yyyy HH:mm</translation>
    </message>
    <message>
        <source>dd MMM yyyy HH:mm</source>
        <translation>dd MMM yyyy HH:mm</translation>
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
        <translation>Paso</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Working side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Previsto</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Real</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>Saltado</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Restarted</source>
        <translation>Reiniciado</translation>
    </message>
    <message>
        <source>Not reached</source>
        <translation>No alcanzado</translation>
    </message>
    <message>
        <source>Prepare</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantener</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Switch</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>Select a session to see its steps.</source>
        <translation>Elige una sesión para ver sus pasos.</translation>
    </message>
    <message>
        <source>Session summary</source>
        <translation>Resumen de la sesión</translation>
    </message>
    <message>
        <source>Steps of the session</source>
        <translation>Pasos de la sesión</translation>
    </message>
    <message>
        <source>Rate…</source>
        <translation>Valorar…</translation>
    </message>
    <message>
        <source>Give or change this session&apos;s effort, pain and note</source>
        <translation>Indica o cambia el esfuerzo, el dolor y la nota de esta sesión</translation>
    </message>
    <message>
        <source>{done}/{planned} done</source>
        <translation>{done}/{planned} hechos</translation>
    </message>
    <message numerus="yes">
        <source>%n skipped</source>
        <translation>
            <numerusform>%n saltado</numerusform>
            <numerusform>%n saltados</numerusform>
        </translation>
    </message>
    <message>
        <source>none skipped</source>
        <translation>ninguno saltado</translation>
    </message>
    <message>
        <source>effort {effort}, pain {pain}</source>
        <translation>esfuerzo {effort}, dolor {pain}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
</context>
<context>
    <name>HistoryExport</name>
    <message>
        <source>Export</source>
        <translation>Exportar</translation>
    </message>
    <message>
        <source>CSV (one row per step)…</source>
        <translation>CSV (una fila por paso)…</translation>
    </message>
    <message>
        <source>JSON…</source>
        <translation>JSON…</translation>
    </message>
    <message>
        <source>Export history as CSV</source>
        <translation>Exportar el historial como CSV</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export history as JSON</source>
        <translation>Exportar el historial como JSON</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Archivos JSON (*.json)</translation>
    </message>
    <message>
        <source>The history could not be written to {place}: {reason}. Choose another folder.</source>
        <translation>No se pudo guardar el historial en {place}: {reason}. Elige otra carpeta.</translation>
    </message>
    <message>
        <source>The history could not be exported: {reason}.</source>
        <translation>No se pudo exportar el historial: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to {place}.</source>
        <translation>
            <numerusform>%n sesión exportada a {place}.</numerusform>
            <numerusform>%n sesiones exportadas a {place}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryFileErrors</name>
    <message>
        <source>must be an object, not {kind}</source>
        <translation>debe ser un objeto, pero es {kind}</translation>
    </message>
    <message>
        <source>unknown key (expected one of: {keys})</source>
        <translation>clave desconocida (se espera una de: {keys})</translation>
    </message>
    <message>
        <source>must be text, not {kind}</source>
        <translation>debe ser texto, pero es {kind}</translation>
    </message>
    <message>
        <source>must be at most {most} characters</source>
        <translation>debe tener como máximo {most} caracteres</translation>
    </message>
    <message>
        <source>must be one of {options}</source>
        <translation>debe ser uno de estos: {options}</translation>
    </message>
    <message>
        <source>must be a whole number, not {kind}</source>
        <translation>debe ser un número entero, pero es {kind}</translation>
    </message>
    <message>
        <source>must be between {lowest} and {highest}, not {value}</source>
        <translation>debe estar entre {lowest} y {highest}, no {value}</translation>
    </message>
    <message>
        <source>must be a number, not {kind}</source>
        <translation>debe ser un número, pero es {kind}</translation>
    </message>
    <message>
        <source>must be between 0 and {highest}</source>
        <translation>debe estar entre 0 y {highest}</translation>
    </message>
    <message>
        <source>must be a date and time, not {kind}</source>
        <translation>debe ser una fecha con hora, pero es {kind}</translation>
    </message>
    <message>
        <source>{value} is not a date and time like 2026-03-02T08:00:00.000Z</source>
        <translation>{value} no es una fecha con hora como 2026-03-02T08:00:00.000Z</translation>
    </message>
    <message>
        <source>must be a UUID such as 123e4567-e89b-42d3-a456-426614174000</source>
        <translation>debe ser un UUID, como 123e4567-e89b-42d3-a456-426614174000</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>no puede estar vacío</translation>
    </message>
    <message>
        <source>must be a date and time, not null</source>
        <translation>debe ser una fecha con hora, no null</translation>
    </message>
    <message>
        <source>is before started_at</source>
        <translation>es anterior a started_at</translation>
    </message>
    <message>
        <source>must be a list, not {kind}</source>
        <translation>debe ser una lista, pero es {kind}</translation>
    </message>
    <message>
        <source>must hold a list of sessions as &apos;history --json&apos; writes, not {kind}</source>
        <translation>debe ser una lista de sesiones como la que escribe &apos;history --json&apos;, pero es {kind}</translation>
    </message>
    <message>
        <source>repeats the uid of {other}</source>
        <translation>repite el uid de {other}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>un objeto</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a usable history file: {problem}</source>
        <translation>no es un archivo de historial utilizable: {problem}</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at position {position})</source>
        <translation>no es texto UTF-8 (byte no válido en la posición {position})</translation>
    </message>
</context>
<context>
    <name>HistoryFileGuard</name>
    <message>
        <source>The history file {path} was written by a newer version of {app} (schema {schema}); this version leaves it untouched. Install the newer version to use it.</source>
        <translation>El archivo del historial {path} lo escribió una versión más nueva de {app} (esquema {schema}); esta versión no lo toca. Instala la versión más nueva para usarlo.</translation>
    </message>
    <message numerus="yes">
        <source>The history&apos;s journal was damaged, so the last %n change(s) saved before the app closed could not be read back; the journal was kept as {journal}, unchanged.</source>
        <translation>
            <numerusform>El diario del historial estaba dañado: no se pudo recuperar %n cambio guardado justo antes de cerrarse la app. El diario se guardó sin cambios como {journal}.</numerusform>
            <numerusform>El diario del historial estaba dañado: no se pudieron recuperar %n cambios guardados justo antes de cerrarse la app. El diario se guardó sin cambios como {journal}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file at {path} belonged to another program; it was moved, unchanged, to {kept_as} and a new history was started.</source>
        <translation>El archivo en {path} pertenecía a otro programa; se movió sin cambios a {kept_as} y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>A history file left unfinished by an interrupted first start was kept as {kept_as} and a new history was started.</source>
        <translation>Un archivo del historial que quedó a medias por un primer inicio interrumpido se guardó como {kept_as} y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>The history file was not a database; it was kept as {kept_as}, unchanged, and a new history was started.</source>
        <translation>El archivo del historial no era una base de datos; se guardó sin cambios como {kept_as} y se empezó un historial nuevo.</translation>
    </message>
    <message>
        <source>Part of the history&apos;s index was damaged and has been rebuilt; nothing was lost.</source>
        <translation>Parte del índice del historial estaba dañada y se ha reconstruido; no se perdió nada.</translation>
    </message>
    <message>
        <source>Part of the history&apos;s index was damaged; the history was rebuilt with nothing lost, and the old file was kept as {kept_as}, unchanged.</source>
        <translation>Parte del índice del historial estaba dañada; el historial se reconstruyó sin perder nada y el archivo antiguo se guardó sin cambios como {kept_as}.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n sesión</numerusform>
            <numerusform>%n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n routine(s)</source>
        <translation>
            <numerusform>%n rutina</numerusform>
            <numerusform>%n rutinas</numerusform>
        </translation>
    </message>
    <message>
        <source>The history file is missing part of its contents; it was kept as {kept_as}, unchanged, and {sessions} and {routines} were saved into a new history.</source>
        <translation>Al archivo del historial le falta parte de su contenido; se guardó sin cambios como {kept_as} y se pasaron {sessions} y {routines} a un historial nuevo.</translation>
    </message>
    <message>
        <source>The history file cannot all be read; it was kept as {kept_as}, unchanged, and {sessions} and {routines} were saved into a new history.</source>
        <translation>El archivo del historial no se puede leer entero; se guardó sin cambios como {kept_as} y se pasaron {sessions} y {routines} a un historial nuevo.</translation>
    </message>
</context>
<context>
    <name>HistoryFilters</name>
    <message>
        <source>All routines</source>
        <translation>Todas las rutinas</translation>
    </message>
    <message>
        <source>Show sessions of routine</source>
        <translation>Mostrar sesiones de la rutina</translation>
    </message>
    <message>
        <source>Period of the progress</source>
        <translation>Periodo del progreso</translation>
    </message>
    <message>
        <source>Short starts</source>
        <translation>Inicios cortos</translation>
    </message>
    <message>
        <source>Show short starts</source>
        <translation>Mostrar inicios cortos</translation>
    </message>
    <message>
        <source>Also show sessions with under 10 s of holds and reps (started by accident); they are hidden, never deleted</source>
        <translation>Muestra también las sesiones con menos de 10 s de ejercicio (iniciadas sin querer); están ocultas, nunca borradas</translation>
    </message>
</context>
<context>
    <name>HistoryImport</name>
    <message numerus="yes">
        <source>Imported %n session(s), skipped {skipped} already present.</source>
        <translation>
            <numerusform>Se importó %n sesión; se omitieron {skipped} que ya estaban.</numerusform>
            <numerusform>Se importaron %n sesiones; se omitieron {skipped} que ya estaban.</numerusform>
        </translation>
    </message>
    <message>
        <source>{file}: cannot be stored: {problem}</source>
        <translation>{file}: no se puede guardar: {problem}</translation>
    </message>
</context>
<context>
    <name>HistoryJobs</name>
    <message>
        <source>That did not work: {reason}.</source>
        <translation>Eso no funcionó: {reason}.</translation>
    </message>
    <message>
        <source>Report for your physio…</source>
        <translation>Informe para tu fisio…</translation>
    </message>
    <message>
        <source>A PDF of the period and routine shown, to hand to your physio</source>
        <translation>Un PDF del periodo y la rutina mostrados, para darle a tu fisio</translation>
    </message>
    <message>
        <source>Save the report for your physio</source>
        <translation>Guardar el informe para tu fisio</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Writing the report to {place}…</source>
        <translation>Guardando el informe en {place}…</translation>
    </message>
</context>
<context>
    <name>HistoryProgress</name>
    <message>
        <source>4 weeks</source>
        <translation>4 semanas</translation>
    </message>
    <message>
        <source>12 weeks</source>
        <translation>12 semanas</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Todo</translation>
    </message>
    <message numerus="yes">
        <source>Right working side: {percent} % of left over %n week(s); catching up ({earlier} % → {lately} %).</source>
        <translation>
            <numerusform>Lado derecho: {percent} % del izquierdo en %n semana; se va igualando ({earlier} % → {lately} %).</numerusform>
            <numerusform>Lado derecho: {percent} % del izquierdo en %n semanas; se va igualando ({earlier} % → {lately} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Right working side: {percent} % of left over %n week(s); falling behind ({earlier} % → {lately} %).</source>
        <translation>
            <numerusform>Lado derecho: {percent} % del izquierdo en %n semana; se va quedando atrás ({earlier} % → {lately} %).</numerusform>
            <numerusform>Lado derecho: {percent} % del izquierdo en %n semanas; se va quedando atrás ({earlier} % → {lately} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Right working side: {percent} % of left over %n week(s).</source>
        <translation>
            <numerusform>Lado derecho: {percent} % del izquierdo en %n semana.</numerusform>
            <numerusform>Lado derecho: {percent} % del izquierdo en %n semanas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left working side: {percent} % of right over %n week(s); catching up ({earlier} % → {lately} %).</source>
        <translation>
            <numerusform>Lado izquierdo: {percent} % del derecho en %n semana; se va igualando ({earlier} % → {lately} %).</numerusform>
            <numerusform>Lado izquierdo: {percent} % del derecho en %n semanas; se va igualando ({earlier} % → {lately} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left working side: {percent} % of right over %n week(s); falling behind ({earlier} % → {lately} %).</source>
        <translation>
            <numerusform>Lado izquierdo: {percent} % del derecho en %n semana; se va quedando atrás ({earlier} % → {lately} %).</numerusform>
            <numerusform>Lado izquierdo: {percent} % del derecho en %n semanas; se va quedando atrás ({earlier} % → {lately} %).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left working side: {percent} % of right over %n week(s).</source>
        <translation>
            <numerusform>Lado izquierdo: {percent} % del derecho en %n semana.</numerusform>
            <numerusform>Lado izquierdo: {percent} % del derecho en %n semanas.</numerusform>
        </translation>
    </message>
    <message>
        <source>Working sides: no holds in this period yet.</source>
        <translation>Lados: aún no hay tiempo mantenido en este periodo.</translation>
    </message>
    <message>
        <source>Pain: about the same (average {earlier} earlier, {lately} lately).</source>
        <translation>Dolor: más o menos igual (media {earlier} antes, {lately} últimamente).</translation>
    </message>
    <message>
        <source>Pain: falling (average {earlier} earlier, {lately} lately).</source>
        <translation>Dolor: bajando (media {earlier} antes, {lately} últimamente).</translation>
    </message>
    <message>
        <source>Pain: rising (average {earlier} earlier, {lately} lately).</source>
        <translation>Dolor: subiendo (media {earlier} antes, {lately} últimamente).</translation>
    </message>
    <message>
        <source>Effort: about the same (average {earlier} earlier, {lately} lately).</source>
        <translation>Esfuerzo: más o menos igual (media {earlier} antes, {lately} últimamente).</translation>
    </message>
    <message>
        <source>Effort: falling (average {earlier} earlier, {lately} lately).</source>
        <translation>Esfuerzo: bajando (media {earlier} antes, {lately} últimamente).</translation>
    </message>
    <message>
        <source>Effort: rising (average {earlier} earlier, {lately} lately).</source>
        <translation>Esfuerzo: subiendo (media {earlier} antes, {lately} últimamente).</translation>
    </message>
    <message>
        <source>Pain: not enough ratings in this period yet.</source>
        <translation>Dolor: aún faltan valoraciones en este periodo.</translation>
    </message>
    <message>
        <source>Effort: not enough ratings in this period yet.</source>
        <translation>Esfuerzo: aún faltan valoraciones en este periodo.</translation>
    </message>
    <message>
        <source>Last session</source>
        <translation>Última sesión</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <source>This week and the streak</source>
        <translation>Esta semana y la racha</translation>
    </message>
    <message>
        <source>Working side balance</source>
        <translation>Equilibrio entre lados</translation>
    </message>
    <message>
        <source>Pain trend</source>
        <translation>Tendencia del dolor</translation>
    </message>
    <message>
        <source>Effort trend</source>
        <translation>Tendencia del esfuerzo</translation>
    </message>
    <message>
        <source>The history cannot be read right now.</source>
        <translation>Ahora no se puede leer el historial.</translation>
    </message>
    <message numerus="yes">
        <source>This week: %n session(s)</source>
        <translation>
            <numerusform>Esta semana: %n sesión</numerusform>
            <numerusform>Esta semana: %n sesiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>streak: %n day(s) in a row (best {best})</source>
        <translation>
            <numerusform>racha: %n día seguido (mejor {best})</numerusform>
            <numerusform>racha: %n días seguidos (mejor {best})</numerusform>
        </translation>
    </message>
    <message>
        <source>No sessions yet: your first workout will show here.</source>
        <translation>Aún no hay sesiones: la primera aparecerá aquí.</translation>
    </message>
    <message>
        <source>Last session: {when}</source>
        <translation>Última sesión: {when}</translation>
    </message>
    <message>
        <source>held left {left}, right {right}</source>
        <translation>mantenido: izquierda {left}, derecha {right}</translation>
    </message>
    <message>
        <source>effort {effort}</source>
        <translation>esfuerzo {effort}</translation>
    </message>
    <message>
        <source>pain {pain}</source>
        <translation>dolor {pain}</translation>
    </message>
    <message>
        <source>Note: {note}</source>
        <translation>Nota: {note}</translation>
    </message>
</context>
<context>
    <name>HistoryQuestions</name>
    <message>
        <source>Delete session</source>
        <translation>Borrar sesión</translation>
    </message>
    <message>
        <source>Delete the session of {session}?</source>
        <translation>¿Borrar la sesión “{session}”?</translation>
    </message>
    <message>
        <source>You can bring it back with Undo (Ctrl+Z) while this page is open.</source>
        <translation>Puedes recuperarla con Deshacer (Ctrl+Z) mientras esta página siga abierta.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
</context>
<context>
    <name>HistoryRecorder</name>
    <message>
        <source>History cannot be saved: the disk is full. The workout goes on; free some space while {app} is open and it will be saved as soon as there is room.</source>
        <translation>No se puede guardar el historial: el disco está lleno. El entrenamiento sigue; libera espacio mientras {app} esté abierto y se guardará en cuanto haya sitio.</translation>
    </message>
    <message>
        <source>History cannot be saved: the data folder cannot be written. The workout goes on; make the folder writable while {app} is open and it will be saved then.</source>
        <translation>No se puede guardar el historial: no se puede escribir en la carpeta de datos. El entrenamiento sigue; dale permiso de escritura a la carpeta mientras {app} esté abierto y se guardará entonces.</translation>
    </message>
    <message>
        <source>History cannot be saved: the data folder ({folder}) cannot be written. The workout goes on; make the folder writable while {app} is open and it will be saved then.</source>
        <translation>No se puede guardar el historial: no se puede escribir en la carpeta de datos ({folder}). El entrenamiento sigue; dale permiso de escritura a la carpeta mientras {app} esté abierto y se guardará entonces.</translation>
    </message>
    <message>
        <source>History cannot be saved: the disk reported a read or write error. The workout goes on, what is already saved is left as it is, and saving will be retried.</source>
        <translation>No se puede guardar el historial: el disco informó de un error de lectura o escritura. El entrenamiento sigue, lo ya guardado queda como está y se volverá a intentar guardar.</translation>
    </message>
    <message>
        <source>History cannot be saved right now: another program is holding the history database. The workout goes on and saving will be retried.</source>
        <translation>Ahora no se puede guardar el historial: otro programa tiene ocupada la base de datos del historial. El entrenamiento sigue y se volverá a intentar guardar.</translation>
    </message>
    <message>
        <source>History cannot be saved: {reason}. The workout goes on and saving will be retried.</source>
        <translation>No se puede guardar el historial: {reason}. El entrenamiento sigue y se volverá a intentar guardar.</translation>
    </message>
    <message>
        <source>Part of a workout could not be saved and was left out ({reason}). The rest of the history is kept; details are in the log.</source>
        <translation>Parte de un entrenamiento no se pudo guardar y falta ({reason}). El resto del historial se conserva; los detalles están en el registro.</translation>
    </message>
</context>
<context>
    <name>HistorySessions</name>
    <message>
        <source>Delete session of {session}</source>
        <translation>Borrar la sesión “{session}”</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Sessions, newest first</source>
        <translation>Sesiones, la más reciente primero</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Aún no hay sesiones registradas.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n sesión.</numerusform>
            <numerusform>%n sesiones.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) of {routine}.</source>
        <translation>
            <numerusform>%n sesión de {routine}.</numerusform>
            <numerusform>%n sesiones de {routine}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The rating could not be saved: {reason}.</source>
        <translation>No se pudo guardar la valoración: {reason}.</translation>
    </message>
    <message>
        <source>Rating saved.</source>
        <translation>Valoración guardada.</translation>
    </message>
    <message>
        <source>The session could not be deleted: {reason}.</source>
        <translation>No se pudo borrar la sesión: {reason}.</translation>
    </message>
    <message>
        <source>Deleted the session of {session}.</source>
        <translation>Sesión “{session}” borrada.</translation>
    </message>
    <message>
        <source>The session could not be brought back: {reason}.</source>
        <translation>No se pudo recuperar la sesión: {reason}.</translation>
    </message>
    <message>
        <source>The session is back.</source>
        <translation>Sesión recuperada.</translation>
    </message>
    <message>
        <source>That session cannot be read: {reason}.</source>
        <translation>No se puede leer esa sesión: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>%n short start(s) (under 10 s) hidden.</source>
        <translation>
            <numerusform>%n inicio corto (menos de 10 s) oculto.</numerusform>
            <numerusform>%n inicios cortos (menos de 10 s) ocultos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HistoryStartup</name>
    <message>
        <source>Unfinished sessions could not be checked: {problem}.</source>
        <translation>No se pudieron revisar las sesiones sin terminar: {problem}.</translation>
    </message>
    <message>
        <source>A workout was cut short when the app closed unexpectedly</source>
        <translation>Un entrenamiento se cortó porque la app se cerró de forma inesperada</translation>
    </message>
    <message numerus="yes">
        <source>%n workouts were cut short when the app closed unexpectedly</source>
        <translation>
            <numerusform>%n entrenamiento se cortó porque la app se cerró de forma inesperada</numerusform>
            <numerusform>%n entrenamientos se cortaron porque la app se cerró de forma inesperada</numerusform>
        </translation>
    </message>
    <message>
        <source>no finished step was kept in the history, marked interrupted</source>
        <translation>no queda ningún paso terminado en el historial, marcado como interrumpido</translation>
    </message>
    <message>
        <source>1 finished step is kept in the history, marked interrupted</source>
        <translation>queda 1 paso terminado en el historial, marcado como interrumpido</translation>
    </message>
    <message numerus="yes">
        <source>%n finished steps are kept in the history, marked interrupted</source>
        <translation>
            <numerusform>queda %n paso terminado en el historial, marcado como interrumpido</numerusform>
            <numerusform>quedan %n pasos terminados en el historial, marcados como interrumpidos</numerusform>
        </translation>
    </message>
    <message>
        <source>{what_was_cut_short}; {what_is_kept}.</source>
        <translation>{what_was_cut_short}; {what_is_kept}.</translation>
    </message>
    <message>
        <source>Today&apos;s backup of the history could not be written to {folder}: {problem}.</source>
        <translation>La copia de seguridad de hoy del historial no se pudo escribir en {folder}: {problem}.</translation>
    </message>
</context>
<context>
    <name>HistoryTable</name>
    <message>
        <source>STARTED</source>
        <translation>INICIO</translation>
    </message>
    <message>
        <source>ROUTINE</source>
        <translation>RUTINA</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>TIEMPO</translation>
    </message>
    <message>
        <source>DONE</source>
        <translation>HECHO</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ESTADO</translation>
    </message>
    <message>
        <source>EFFORT</source>
        <translation>ESFUERZO</translation>
    </message>
    <message>
        <source>PAIN</source>
        <translation>DOLOR</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completada</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenida</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpida</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>No sessions recorded yet.</source>
        <translation>Aún no hay sesiones registradas.</translation>
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Back to routines (Esc)</source>
        <translation>Volver a las rutinas (Esc)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>Delete the session selected in the list (Del); asks first, and it can be undone</source>
        <translation>Borra la sesión elegida en la lista (Supr); pregunta antes y se puede deshacer</translation>
    </message>
    <message>
        <source>History notice</source>
        <translation>Aviso del historial</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sesiones</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>History status</source>
        <translation>Estado del historial</translation>
    </message>
    <message>
        <source>Select a session in the Sessions list to delete it.</source>
        <translation>Elige una sesión en la lista “Sesiones” para borrarla.</translation>
    </message>
    <message>
        <source>{routine}, {when}</source>
        <translation>{routine}, {when}</translation>
    </message>
    <message>
        <source>Import history</source>
        <translation>Importar historial</translation>
    </message>
    <message>
        <source>History files (*.json)</source>
        <translation>Archivos de historial (*.json)</translation>
    </message>
    <message>
        <source>Importing {file}…</source>
        <translation>Importando {file}…</translation>
    </message>
</context>
<context>
    <name>HowTo</name>
    <message>
        <source>Stand on your left leg, wall on your right; press your right knee into the wall.</source>
        <translation>Apóyate en la pierna izquierda, con la pared a la derecha; empuja la rodilla derecha contra la pared.</translation>
    </message>
    <message>
        <source>Stand on your right leg, wall on your left; press your left knee into the wall.</source>
        <translation>Apóyate en la pierna derecha, con la pared a la izquierda; empuja la rodilla izquierda contra la pared.</translation>
    </message>
    <message>
        <source>Lie on your right side, left leg on top; lift your left leg a hand&apos;s width and hold.</source>
        <translation>Acuéstate sobre el lado derecho, con la pierna izquierda arriba; súbela un palmo y mantén.</translation>
    </message>
    <message>
        <source>Lie on your left side, right leg on top; lift your right leg a hand&apos;s width and hold.</source>
        <translation>Acuéstate sobre el lado izquierdo, con la pierna derecha arriba; súbela un palmo y mantén.</translation>
    </message>
    <message>
        <source>Prop yourself on your left forearm, left leg underneath; lift your hips and hold.</source>
        <translation>Apóyate en el antebrazo izquierdo, con la pierna izquierda abajo; sube la cadera y mantén.</translation>
    </message>
    <message>
        <source>Prop yourself on your right forearm, right leg underneath; lift your hips and hold.</source>
        <translation>Apóyate en el antebrazo derecho, con la pierna derecha abajo; sube la cadera y mantén.</translation>
    </message>
    <message>
        <source>Lie on your right side, left leg on top; scissor your left leg up, your right leg down.</source>
        <translation>Acuéstate sobre el lado derecho, con la pierna izquierda arriba; en tijera, la izquierda sube y la derecha baja.</translation>
    </message>
    <message>
        <source>Lie on your left side, right leg on top; scissor your right leg up, your left leg down.</source>
        <translation>Acuéstate sobre el lado izquierdo, con la pierna derecha arriba; en tijera, la derecha sube y la izquierda baja.</translation>
    </message>
    <message>
        <source>Stand on your left leg, right foot off the floor; bend your left knee, then stand tall.</source>
        <translation>Apóyate en la pierna izquierda, con el pie derecho en el aire; dobla la rodilla izquierda y vuelve a subir.</translation>
    </message>
    <message>
        <source>Stand on your right leg, left foot off the floor; bend your right knee, then stand tall.</source>
        <translation>Apóyate en la pierna derecha, con el pie izquierdo en el aire; dobla la rodilla derecha y vuelve a subir.</translation>
    </message>
    <message>
        <source>Step forward onto your left leg; lower your right knee, push up through your left heel.</source>
        <translation>Da un paso adelante con la pierna izquierda; baja la rodilla derecha y sube empujando con el talón izquierdo.</translation>
    </message>
    <message>
        <source>Step forward onto your right leg; lower your left knee, push up through your right heel.</source>
        <translation>Da un paso adelante con la pierna derecha; baja la rodilla izquierda y sube empujando con el talón derecho.</translation>
    </message>
</context>
<context>
    <name>IllustrationView</name>
    <message>
        <source>Exercise illustration</source>
        <translation>Imagen del ejercicio</translation>
    </message>
    <message>
        <source>No picture</source>
        <translation>Sin imagen</translation>
    </message>
</context>
<context>
    <name>Illustrations</name>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>A person standing relaxed, for exercises without their own picture.</source>
        <translation>Una persona de pie y relajada, para ejercicios sin imagen propia.</translation>
    </message>
    <message>
        <source>Side view: a long step forward onto the left leg (the working leg), front knee over the ankle, back knee lowered towards the floor, trunk upright; down and up again.</source>
        <translation>Vista lateral: un paso largo adelante sobre la pierna izquierda (la que trabaja), la rodilla delantera sobre el tobillo, la de atrás bajando hacia el suelo, el tronco erguido; bajar y volver a subir.</translation>
    </message>
    <message>
        <source>Side view: a long step forward onto the right leg (the working leg), front knee over the ankle, back knee lowered towards the floor, trunk upright; down and up again.</source>
        <translation>Vista lateral: un paso largo adelante sobre la pierna derecha (la que trabaja), la rodilla delantera sobre el tobillo, la de atrás bajando hacia el suelo, el tronco erguido; bajar y volver a subir.</translation>
    </message>
    <message>
        <source>Lying on the right side on a mat, head on the lower arm, lower knee bent, the straight left leg on top (the working leg) lifted a hand&apos;s width and held.</source>
        <translation>Persona acostada sobre el lado derecho en una colchoneta, la cabeza sobre el brazo de abajo, la rodilla de abajo doblada; la pierna izquierda, estirada y arriba (la que trabaja), elevada un palmo y quieta.</translation>
    </message>
    <message>
        <source>Lying on the left side on a mat, head on the lower arm, lower knee bent, the straight right leg on top (the working leg) lifted a hand&apos;s width and held.</source>
        <translation>Persona acostada sobre el lado izquierdo en una colchoneta, la cabeza sobre el brazo de abajo, la rodilla de abajo doblada; la pierna derecha, estirada y arriba (la que trabaja), elevada un palmo y quieta.</translation>
    </message>
    <message>
        <source>Propped on the left forearm with the elbow under the shoulder and the left leg underneath (the working side), the hips lifted so the body is one straight line from head to feet.</source>
        <translation>Persona apoyada en el antebrazo izquierdo, con el codo bajo el hombro y la pierna izquierda debajo (el lado que trabaja); la cadera elevada, de modo que el cuerpo forma una línea recta de la cabeza a los pies.</translation>
    </message>
    <message>
        <source>Propped on the right forearm with the elbow under the shoulder and the right leg underneath (the working side), the hips lifted so the body is one straight line from head to feet.</source>
        <translation>Persona apoyada en el antebrazo derecho, con el codo bajo el hombro y la pierna derecha debajo (el lado que trabaja); la cadera elevada, de modo que el cuerpo forma una línea recta de la cabeza a los pies.</translation>
    </message>
    <message>
        <source>Lying on the right side, legs straight: the top (left) leg, the working leg, scissors up while the lower leg goes down, then they close again.</source>
        <translation>Persona acostada sobre el lado derecho, piernas estiradas: la de arriba (la izquierda), la que trabaja, sube en tijera mientras la de abajo baja; luego se vuelven a juntar.</translation>
    </message>
    <message>
        <source>Lying on the left side, legs straight: the top (right) leg, the working leg, scissors up while the lower leg goes down, then they close again.</source>
        <translation>Persona acostada sobre el lado izquierdo, piernas estiradas: la de arriba (la derecha), la que trabaja, sube en tijera mientras la de abajo baja; luego se vuelven a juntar.</translation>
    </message>
    <message>
        <source>Side view: standing on the left leg (the working leg) with the arms forward, the standing knee bent over the foot, the right foot lifted behind; down slowly and up again.</source>
        <translation>Vista lateral: de pie sobre la pierna izquierda (la que trabaja), con los brazos al frente, la rodilla de apoyo doblada sobre el pie y el pie derecho levantado detrás; bajar despacio y volver a subir.</translation>
    </message>
    <message>
        <source>Side view: standing on the right leg (the working leg) with the arms forward, the standing knee bent over the foot, the left foot lifted behind; down slowly and up again.</source>
        <translation>Vista lateral: de pie sobre la pierna derecha (la que trabaja), con los brazos al frente, la rodilla de apoyo doblada sobre el pie y el pie izquierdo levantado detrás; bajar despacio y volver a subir.</translation>
    </message>
    <message>
        <source>Three-quarter view: standing on the left leg (the working leg, the left knee soft), side-on to a wall; the knee nearer the wall lifted forward to hip height with the shin hanging down, the outside of that thigh and the hip pressed flush into the wall.</source>
        <translation>Vista de tres cuartos: de pie sobre la pierna izquierda (la que trabaja, con la rodilla izquierda suelta), de lado junto a una pared; la rodilla más cercana a la pared, subida al frente hasta la altura de la cadera con la espinilla colgando; la parte externa de ese muslo y la cadera presionan de lleno contra la pared.</translation>
    </message>
    <message>
        <source>Three-quarter view: standing on the right leg (the working leg, the right knee soft), side-on to a wall; the knee nearer the wall lifted forward to hip height with the shin hanging down, the outside of that thigh and the hip pressed flush into the wall.</source>
        <translation>Vista de tres cuartos: de pie sobre la pierna derecha (la que trabaja, con la rodilla derecha suelta), de lado junto a una pared; la rodilla más cercana a la pared, subida al frente hasta la altura de la cadera con la espinilla colgando; la parte externa de ese muslo y la cadera presionan de lleno contra la pared.</translation>
    </message>
</context>
<context>
    <name>JsonErrors</name>
    <message>
        <source>(top level)</source>
        <translation>(nivel superior)</translation>
    </message>
    <message>
        <source>holds a lone surrogate escape (not a character)</source>
        <translation>contiene un escape de sustituto suelto (no es un carácter)</translation>
    </message>
    <message>
        <source>appears twice (each key may appear once)</source>
        <translation>aparece dos veces (cada clave solo puede aparecer una vez)</translation>
    </message>
    <message>
        <source>not valid JSON: {problem} (line {line}, column {column})</source>
        <translation>JSON no válido: {problem} (línea {line}, columna {column})</translation>
    </message>
    <message>
        <source>not a usable JSON file: {problem}</source>
        <translation>no es un archivo JSON utilizable: {problem}</translation>
    </message>
</context>
<context>
    <name>KeepAwake</name>
    <message>
        <source>keeping the screen awake is turned off</source>
        <translation>mantener la pantalla encendida está desactivado</translation>
    </message>
    <message>
        <source>the caffeinate command was not found</source>
        <translation>no se encontró el comando caffeinate</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS is not set)</source>
        <translation>no hay bus de sesión D-Bus (DBUS_SESSION_BUS_ADDRESS no está definida)</translation>
    </message>
</context>
<context>
    <name>KeepAwakeDBus</name>
    <message>
        <source>cannot connect to the D-Bus session bus: {problem}</source>
        <translation>no se puede conectar al bus de sesión D-Bus: {problem}</translation>
    </message>
    <message>
        <source>no {service} service on the session bus</source>
        <translation>no hay servicio {service} en el bus de sesión</translation>
    </message>
    <message>
        <source>{service} cannot be reached: {problem}</source>
        <translation>no se puede acceder a {service}: {problem}</translation>
    </message>
    <message>
        <source>no screen saver service on the session bus (looked for {services})</source>
        <translation>no hay servicio de salvapantallas en el bus de sesión (se buscó: {services})</translation>
    </message>
</context>
<context>
    <name>KeysHelp</name>
    <message>
        <source>Keys — {app}</source>
        <translation>Teclas — {app}</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Keys and what they do</source>
        <translation>Teclas y lo que hacen</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Qué hacen</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <source>endurance</source>
        <translation>resistencia</translation>
    </message>
    <message>
        <source>left</source>
        <translation>izquierda</translation>
    </message>
    <message>
        <source>right</source>
        <translation>derecha</translation>
    </message>
    <message>
        <source>both sides</source>
        <translation>ambos lados</translation>
    </message>
    <message>
        <source>left side only</source>
        <translation>solo lado izquierdo</translation>
    </message>
    <message>
        <source>right side only</source>
        <translation>solo lado derecho</translation>
    </message>
    <message>
        <source>no side</source>
        <translation>sin lado</translation>
    </message>
    <message>
        <source>timed hold</source>
        <translation>mantener un tiempo</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>prepare</source>
        <translation>prepárate</translation>
    </message>
    <message>
        <source>hold</source>
        <translation>mantener</translation>
    </message>
    <message>
        <source>switch</source>
        <translation>cambio</translation>
    </message>
    <message>
        <source>rest</source>
        <translation>descanso</translation>
    </message>
    <message>
        <source>finish</source>
        <translation>fin</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>reiniciado</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>interrumpido</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>en curso</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>a diario</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>weekdays</source>
        <translation>días fijos</translation>
    </message>
    <message>
        <source>rest day</source>
        <translation>día de descanso</translation>
    </message>
    <message>
        <source>sick</source>
        <translation>enfermedad</translation>
    </message>
    <message>
        <source>flare-up</source>
        <translation>brote de dolor</translation>
    </message>
    <message>
        <source>met</source>
        <translation>cumplido</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>no cumplido</translation>
    </message>
    <message>
        <source>open</source>
        <translation>pendiente</translation>
    </message>
    <message>
        <source>free</source>
        <translation>libre</translation>
    </message>
</context>
<context>
    <name>LastDone</name>
    <message>
        <source>never</source>
        <translation>nunca</translation>
    </message>
    <message>
        <source>today</source>
        <translation>hoy</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>ayer</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>hace %n día</numerusform>
            <numerusform>hace %n días</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>hace %n semana</numerusform>
            <numerusform>hace %n semanas</numerusform>
        </translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <translation>d MMM yyyy</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Wall push</source>
        <translation>Empuje contra la pared</translation>
    </message>
    <message>
        <source>Stand side-on to a wall, close enough for your hip to touch it. Lift the knee nearer the wall until the thigh is level with the floor (90 degrees). Press the thigh and hip into the wall as if pushing it away and keep the pressure steady. The standing leg&apos;s buttock does the work.</source>
        <translation>Ponte de lado junto a una pared, tan cerca que la cadera la toque. Sube la rodilla del lado de la pared hasta que el muslo quede paralelo al suelo (90 grados). Empuja el muslo y la cadera contra la pared como si quisieras apartarla y mantén la presión constante. El trabajo lo hace el glúteo medio de la pierna de apoyo.</translation>
    </message>
    <message>
        <source>Side-lying hip abduction hold</source>
        <translation>Elevación lateral de pierna mantenida</translation>
    </message>
    <message>
        <source>Lie on your side with the body in one straight line, lower knee bent for balance. Lift the top leg a hand&apos;s width, toes pointing forward, heel slightly back, and hold it still. Keep the hips stacked; do not roll backwards.</source>
        <translation>Acuéstate de lado con el cuerpo en línea recta y la rodilla de abajo doblada para tener equilibrio. Sube la pierna de arriba un palmo, con los dedos hacia delante y el talón un poco hacia atrás, y mantenla quieta. Mantén una cadera sobre la otra; no te inclines hacia atrás.</translation>
    </message>
    <message>
        <source>Side plank</source>
        <translation>Plancha lateral</translation>
    </message>
    <message>
        <source>Lie on your side propped on the forearm, elbow under the shoulder. Lift the hips so the body forms a straight line from head to feet and hold. Knees down makes it easier.</source>
        <translation>Acuéstate de lado apoyándote en el antebrazo, con el codo bajo el hombro. Sube la cadera hasta que el cuerpo forme una línea recta de la cabeza a los pies y mantén. Con las rodillas en el suelo es más fácil.</translation>
    </message>
    <message>
        <source>Side scissor kicks</source>
        <translation>Tijeras laterales</translation>
    </message>
    <message>
        <source>Lie on your side, legs straight and stacked, lifted a little off the floor. Scissor the top leg up and the lower leg down, then back together, with small controlled movements. Each open and close is one rep.</source>
        <translation>Acuéstate de lado con las piernas estiradas, una sobre otra, un poco separadas del suelo. Ábrelas en tijera, la de arriba sube y la de abajo baja, y vuelve a juntarlas, con movimientos pequeños y controlados. Cada apertura y cierre es una repetición.</translation>
    </message>
    <message>
        <source>Single-leg squat</source>
        <translation>Sentadilla a una pierna</translation>
    </message>
    <message>
        <source>Stand on one leg, arms forward for balance. Bend the standing knee slowly, keeping it over the middle of the foot and the pelvis level, then stand tall again. Go only as low as you can control.</source>
        <translation>Apóyate en una pierna, con los brazos al frente para equilibrarte. Dobla despacio la rodilla de apoyo, manteniéndola sobre el centro del pie y la pelvis nivelada, y vuelve a subir. Baja solo hasta donde puedas controlar.</translation>
    </message>
    <message>
        <source>Lunge</source>
        <translation>Zancada</translation>
    </message>
    <message>
        <source>Take a long step forward and lower the back knee towards the floor, front knee over the ankle and the trunk upright. Push back up through the front heel.</source>
        <translation>Da un paso largo hacia delante y baja la rodilla de atrás hacia el suelo, con la rodilla de delante sobre el tobillo y el tronco erguido. Vuelve a subir empujando con el talón de delante.</translation>
    </message>
    <message>
        <source>Switch the glute medius on: 30 s pushes into a wall, each leg, twice. Good first thing in the morning.</source>
        <translation>Activa el glúteo medio: empujes de 30 s contra la pared, con cada pierna, dos veces. Ideal a primera hora de la mañana.</translation>
    </message>
    <message>
        <source>Glute medius strength</source>
        <translation>Glúteo medio: fuerza</translation>
    </message>
    <message>
        <source>Side-lying holds, side plank, scissor kicks and single-leg squats.</source>
        <translation>Elevaciones laterales mantenidas, plancha lateral, tijeras y sentadillas a una pierna.</translation>
    </message>
    <message>
        <source>Glute medius endurance</source>
        <translation>Glúteo medio: resistencia</translation>
    </message>
    <message>
        <source>Longer holds and more sets to make the hip stable for the whole run.</source>
        <translation>Mantén más tiempo y haz más series, para que la cadera siga estable durante toda la carrera.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Hold</source>
        <translation>Mantén</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Repeticiones</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descanso</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminado</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Stop the workout?</source>
        <translation>¿Terminar el entrenamiento?</translation>
    </message>
    <message>
        <source>Stop the workout now?</source>
        <translation>¿Terminar el entrenamiento ahora?</translation>
    </message>
    <message>
        <source>What you have done so far is kept in the history.</source>
        <translation>Lo que llevas hecho se guarda en el historial.</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Terminar</translation>
    </message>
    <message>
        <source>Keep going</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Edit routines</source>
        <translation>Editar rutinas</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importar</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sonido apagado</translation>
    </message>
    <message>
        <source>Sound on ({volume}%)</source>
        <translation>Sonido activado ({volume} %)</translation>
    </message>
    <message>
        <source>Volume {volume}%</source>
        <translation>Volumen {volume} %</translation>
    </message>
    <message>
        <source>Paused · {title}</source>
        <translation>En pausa · {title}</translation>
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
        <translation>se guardó como tu propia rutina {routine}; el plan ahora usa esa</translation>
    </message>
    <message>
        <source>{routine} changed</source>
        <translation>se cambió {routine}</translation>
    </message>
    <message>
        <source>{routine} added to the plan</source>
        <translation>se añadió {routine} al plan</translation>
    </message>
    <message>
        <source>noted; nothing to change</source>
        <translation>anotado; no hay nada que cambiar</translation>
    </message>
    <message>
        <source>no routine named {routine} any more</source>
        <translation>ya no hay ninguna rutina llamada {routine}</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Every day</source>
        <translation>Todos los días</translation>
    </message>
    <message>
        <source>Times a week</source>
        <translation>Veces por semana</translation>
    </message>
    <message>
        <source>On chosen weekdays</source>
        <translation>Días concretos de la semana</translation>
    </message>
    <message>
        <source>ddd dd MMM yyyy</source>
        <translation>ddd d MMM yyyy</translation>
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
        <translation>Rutinas planificadas</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>How often</source>
        <translation>Con qué frecuencia</translation>
    </message>
    <message>
        <source>Days a week</source>
        <translation>Días por semana</translation>
    </message>
    <message>
        <source> days a week</source>
        <translation> días por semana</translation>
    </message>
    <message>
        <source>Remind me at</source>
        <translation>Recuérdamelo a las</translation>
    </message>
    <message>
        <source>Reminder time</source>
        <translation>Hora del recordatorio</translation>
    </message>
    <message>
        <source>Add or update</source>
        <translation>Añadir o actualizar</translation>
    </message>
    <message>
        <source>Add the routine to the plan, or update it</source>
        <translation>Añadir la rutina al plan o actualizarla</translation>
    </message>
    <message>
        <source>Remove from plan</source>
        <translation>Quitar del plan</translation>
    </message>
    <message>
        <source>Routine:</source>
        <translation>Rutina:</translation>
    </message>
    <message>
        <source>How often:</source>
        <translation>Frecuencia:</translation>
    </message>
    <message>
        <source>Reminder:</source>
        <translation>Recordatorio:</translation>
    </message>
    <message>
        <source>Routines in the plan</source>
        <translation>Rutinas del plan</translation>
    </message>
    <message>
        <source>Desktop reminders, even when the app is closed</source>
        <translation>Recordatorios en el escritorio, aunque la app esté cerrada</translation>
    </message>
    <message>
        <source>Reminder status</source>
        <translation>Estado de los recordatorios</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>Recordatorios</translation>
    </message>
    <message>
        <source>Rest days</source>
        <translation>Días de descanso</translation>
    </message>
    <message>
        <source>Undo rest day</source>
        <translation>Deshacer día de descanso</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{routine}: {how_often}</source>
        <translation>{routine}: {how_often}</translation>
    </message>
    <message>
        <source>Not installed: tick the box to be reminded at the plan&apos;s times.</source>
        <translation>No instalados: marca la casilla para que te avisemos a las horas del plan.</translation>
    </message>
    <message>
        <source>choose a routine first</source>
        <translation>elige primero una rutina</translation>
    </message>
    <message>
        <source>tick at least one weekday</source>
        <translation>marca al menos un día de la semana</translation>
    </message>
    <message>
        <source>Select a routine in the plan first.</source>
        <translation>Elige primero una rutina del plan.</translation>
    </message>
    <message>
        <source>Select a rest day first.</source>
        <translation>Elige primero un día de descanso.</translation>
    </message>
    <message>
        <source>give a routine a reminder time first</source>
        <translation>pon primero una hora de recordatorio a una rutina</translation>
    </message>
</context>
<context>
    <name>Progression</name>
    <message>
        <source>Because pain was {pain} after the last session ({threshold} or more).</source>
        <translation>Porque el dolor fue de {pain} después de la última sesión ({threshold} o más).</translation>
    </message>
    <message>
        <source>Because pain went up from {first} to {latest} over the last {count} sessions ({rise} or more).</source>
        <translation>Porque el dolor subió de {first} a {latest} en las últimas {count} sesiones ({rise} o más).</translation>
    </message>
    <message>
        <source>Ease back: {routine} with holds {seconds} s shorter</source>
        <translation>Más suave: {routine} manteniendo {seconds} s menos</translation>
    </message>
    <message>
        <source>Ease back: repeat {routine} as it is before stepping up</source>
        <translation>Más suave: repite {routine} tal cual antes de subir</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds</source>
        <translation>Sube un nivel: {routine} manteniendo +{seconds} s</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds on the left side (the weaker one)</source>
        <translation>Sube un nivel: {routine} manteniendo +{seconds} s en el lado izquierdo (el más débil)</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds on the right side (the weaker one)</source>
        <translation>Sube un nivel: {routine} manteniendo +{seconds} s en el lado derecho (el más débil)</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{reps} reps</source>
        <translation>Sube un nivel: {routine} con +{reps} repeticiones</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds and +{reps} reps</source>
        <translation>Sube un nivel: {routine} manteniendo +{seconds} s y con +{reps} repeticiones</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds on the left side (the weaker one) and +{reps} reps</source>
        <translation>Sube un nivel: {routine} manteniendo +{seconds} s en el lado izquierdo (el más débil) y con +{reps} repeticiones</translation>
    </message>
    <message>
        <source>Step up: {routine} with +{seconds} s holds on the right side (the weaker one) and +{reps} reps</source>
        <translation>Sube un nivel: {routine} manteniendo +{seconds} s en el lado derecho (el más débil) y con +{reps} repeticiones</translation>
    </message>
    <message>
        <source>Your last {count} sessions were completed with pain {pain} or less and effort {effort} or less.</source>
        <translation>Completaste tus últimas {count} sesiones con dolor {pain} o menos y esfuerzo {effort} o menos.</translation>
    </message>
    <message>
        <source>You met your plan for {weeks} weeks in a row at the activation stage and the sessions felt easy (pain {pain} or less, effort {effort} or less).</source>
        <translation>Cumpliste tu plan {weeks} semanas seguidas en la etapa de activación y las sesiones te resultaron fáciles (dolor {pain} o menos, esfuerzo {effort} o menos).</translation>
    </message>
    <message>
        <source>You met your plan for {weeks} weeks in a row at the strength stage and the sessions felt easy (pain {pain} or less, effort {effort} or less).</source>
        <translation>Cumpliste tu plan {weeks} semanas seguidas en la etapa de fuerza y las sesiones te resultaron fáciles (dolor {pain} o menos, esfuerzo {effort} o menos).</translation>
    </message>
    <message>
        <source>Add {routine} to your plan ({count} per week)</source>
        <translation>Añade {routine} a tu plan ({count} por semana)</translation>
    </message>
    <message>
        <source>Make {routine} a morning habit</source>
        <translation>Haz de {routine} un hábito de cada mañana</translation>
    </message>
    <message>
        <source>A short push into the wall every morning switches the glute medius on; doing it while brushing your teeth makes it easy to keep. You get a reminder at {time}.</source>
        <translation>Un empuje corto contra la pared cada mañana activa el glúteo medio; si lo haces mientras te lavas los dientes, es fácil no dejarlo. Recibirás un recordatorio a las {time}.</translation>
    </message>
</context>
<context>
    <name>QuickAdjust</name>
    <message>
        <source>left 00 s, right 00 s</source>
        <translation>izq. 00 s, der. 00 s</translation>
    </message>
    <message>
        <source>Make your own version?</source>
        <translation>¿Crear tu propia versión?</translation>
    </message>
    <message>
        <source>Make your own version of “{routine}”?</source>
        <translation>¿Crear tu propia versión de “{routine}”?</translation>
    </message>
    <message>
        <source>It will be saved as “{copy}” with holds of {holds}, and selected. The built-in “{routine}” stays as it was.</source>
        <translation>Se guardará como “{copy}” con tiempos de {holds} y quedará seleccionada. La rutina incluida “{routine}” se queda como estaba.</translation>
    </message>
    <message>
        <source>Make “{copy}”</source>
        <translation>Crear “{copy}”</translation>
    </message>
    <message>
        <source>Which hold times to change</source>
        <translation>Qué tiempos de sostén cambiar</translation>
    </message>
    <message>
        <source>Which side</source>
        <translation>Qué lado</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Ambos lados</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Izquierdo</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecho</translation>
    </message>
    <message>
        <source>−{seconds} s</source>
        <translation>−{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Hold %n second(s) less</source>
        <translation>
            <numerusform>Mantén %n segundo menos</numerusform>
            <numerusform>Mantén %n segundos menos</numerusform>
        </translation>
    </message>
    <message>
        <source>+{seconds} s</source>
        <translation>+{seconds} s</translation>
    </message>
    <message numerus="yes">
        <source>Hold %n second(s) more</source>
        <translation>
            <numerusform>Mantén %n segundo más</numerusform>
            <numerusform>Mantén %n segundos más</numerusform>
        </translation>
    </message>
    <message>
        <source>Hold time</source>
        <translation>Tiempo de sostén</translation>
    </message>
    <message>
        <source>Hold:</source>
        <translation>Mantener:</translation>
    </message>
    <message>
        <source>“{routine}” could not be read: {reason}</source>
        <translation>No se pudo leer “{routine}”: {reason}</translation>
    </message>
    <message>
        <source>Nothing changed.</source>
        <translation>No se cambió nada.</translation>
    </message>
    <message>
        <source>The change could not be saved: {reason}</source>
        <translation>No se pudo guardar el cambio: {reason}</translation>
    </message>
    <message>
        <source>Saved as your own “{copy}” (holds {holds}); the built-in “{routine}” is unchanged.</source>
        <translation>Guardada como tu versión “{copy}” (tiempos de {holds}); la incluida “{routine}” no cambia.</translation>
    </message>
    <message>
        <source>Saved “{routine}”: holds {holds}.</source>
        <translation>“{routine}” guardada: tiempos de {holds}.</translation>
    </message>
    <message>
        <source>All timed holds</source>
        <translation>Todos los tiempos de sostén</translation>
    </message>
    <message>
        <source>This routine has no timed holds.</source>
        <translation>Esta rutina no tiene tiempos de sostén.</translation>
    </message>
</context>
<context>
    <name>Rating</name>
    <message>
        <source>effort</source>
        <translation>esfuerzo</translation>
    </message>
    <message>
        <source>pain</source>
        <translation>dolor</translation>
    </message>
    <message>
        <source>effort must be between {lowest} and {highest}, not {value}</source>
        <translation>el esfuerzo debe estar entre {lowest} y {highest}, no {value}</translation>
    </message>
    <message>
        <source>pain must be between {lowest} and {highest}, not {value}</source>
        <translation>el dolor debe estar entre {lowest} y {highest}, no {value}</translation>
    </message>
</context>
<context>
    <name>RatingChips</name>
    <message>
        <source>not rated</source>
        <translation>sin valorar</translation>
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
        <translation>Una nota para ti o tu fisio (opcional)</translation>
    </message>
    <message>
        <source>{low} no effort · {high} the hardest you can imagine</source>
        <translation>{low} ningún esfuerzo · {high} lo más duro que puedas imaginar</translation>
    </message>
    <message>
        <source>{low} no pain · {high} the worst pain</source>
        <translation>{low} ningún dolor · {high} el peor dolor</translation>
    </message>
    <message>
        <source>Rate this workout</source>
        <translation>Valora este entrenamiento</translation>
    </message>
    <message>
        <source>How did it go? Click, use the arrows or type a number. Esc skips.</source>
        <translation>¿Qué tal ha ido? Haz clic, usa las flechas o escribe un número. Esc lo salta.</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Save rating</source>
        <translation>Guardar valoración</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Do not rate this workout (Esc)</source>
        <translation>No valorar este entrenamiento (Esc)</translation>
    </message>
    <message>
        <source>&amp;Effort</source>
        <translation>&amp;Esfuerzo</translation>
    </message>
    <message>
        <source>&amp;Pain</source>
        <translation>&amp;Dolor</translation>
    </message>
    <message>
        <source>Effort: {effort_scale}.  Pain: {pain_scale}.</source>
        <translation>Esfuerzo: {effort_scale}.  Dolor: {pain_scale}.</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Rate {routine}</source>
        <translation>Valorar {routine}</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Keep the rating as it was (Esc)</source>
        <translation>Dejar la valoración como estaba (Esc)</translation>
    </message>
</context>
<context>
    <name>ReminderInstall</name>
    <message>
        <source>no reminder times to install</source>
        <translation>no hay horas de recordatorio que instalar</translation>
    </message>
    <message>
        <source>Installed a systemd user timer ({timer}) for {times}.</source>
        <translation>Se instaló un temporizador de usuario de systemd ({timer}) para las {times}.</translation>
    </message>
    <message>
        <source>cannot write the reminder files: {problem}</source>
        <translation>no se pueden escribir los archivos de recordatorio: {problem}</translation>
    </message>
    <message>
        <source>Installed an autostart entry {path} (systemd did not take the timer: {problem}): reminders come at today&apos;s times after you log in (not for times before login, nor on the next day without logging in again).</source>
        <translation>Se instaló una entrada de inicio automático {path} (systemd no aceptó el temporizador: {problem}): los recordatorios llegan a las horas de hoy después de iniciar sesión (no para horas anteriores al inicio de sesión, ni al día siguiente sin volver a iniciar sesión).</translation>
    </message>
    <message>
        <source>Installed an autostart entry {path}: reminders come at today&apos;s times after you log in (not for times before login, nor on the next day without logging in again).</source>
        <translation>Se instaló una entrada de inicio automático {path}: los recordatorios llegan a las horas de hoy después de iniciar sesión (no para horas anteriores al inicio de sesión, ni al día siguiente sin volver a iniciar sesión).</translation>
    </message>
    <message>
        <source>Installed: a systemd user timer for {times}.</source>
        <translation>Instalado: un temporizador de usuario de systemd para {times}.</translation>
    </message>
    <message>
        <source>Installed: an autostart entry for {times}.</source>
        <translation>Instalado: una entrada de inicio automático para {times}.</translation>
    </message>
    <message>
        <source>Installed: something unknown for {times}.</source>
        <translation>Instalado: algo desconocido para {times}.</translation>
    </message>
    <message>
        <source>Reminders are not installed (&apos;glute-timer reminders install&apos; sets them up).</source>
        <translation>Los recordatorios no están instalados (&apos;glute-timer reminders install&apos; los configura).</translation>
    </message>
    <message>
        <source>no time</source>
        <comment>in place of the reminder times</comment>
        <translation>ninguna hora</translation>
    </message>
    <message>
        <source>timer: active</source>
        <translation>temporizador: activo</translation>
    </message>
    <message>
        <source>timer: {problem}</source>
        <translation>temporizador: {problem}</translation>
    </message>
    <message>
        <source>missing (removed by hand?): {files}</source>
        <translation>faltan (¿borrados a mano?): {files}</translation>
    </message>
</context>
<context>
    <name>ReminderNotifications</name>
    <message>
        <source>Start</source>
        <comment>notification action</comment>
        <translation>Empezar</translation>
    </message>
</context>
<context>
    <name>ReportCalendar</name>
    <message>
        <source>day with a session</source>
        <translation>día con sesión</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>sin sesión</translation>
    </message>
</context>
<context>
    <name>ReportCharts</name>
    <message>
        <source>d MMM</source>
        <comment>axis date: day and month</comment>
        <translation>d MMM</translation>
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
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Nothing recorded in this period</source>
        <translation>Nada registrado en este periodo</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>{option}: {value} is not a date; write it as YYYY-MM-DD, e.g. 2026-03-02</source>
        <translation>{option}: {value} no es una fecha; escríbela como YYYY-MM-DD, p. ej. 2026-03-02</translation>
    </message>
    <message>
        <source>--from {first} is after --to {last}</source>
        <translation>--from {first} es posterior a --to {last}</translation>
    </message>
    <message>
        <source>--out: {file}: the file name must end in .pdf</source>
        <translation>--out: {file}: el nombre del archivo debe terminar en .pdf</translation>
    </message>
    <message>
        <source>--name: at most {limit} characters</source>
        <translation>--name: como máximo {limit} caracteres</translation>
    </message>
    <message>
        <source>The report could not be written to {place}: {reason}.</source>
        <translation>No se pudo guardar el informe en {place}: {reason}.</translation>
    </message>
    <message numerus="yes">
        <source>Report written to {place} (%n page(s)).</source>
        <translation>
            <numerusform>Informe guardado en {place} (%n página).</numerusform>
            <numerusform>Informe guardado en {place} (%n páginas).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportPdf</name>
    <message>
        <source>Left</source>
        <translation>Izquierda</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Derecha</translation>
    </message>
    <message>
        <source>No side</source>
        <translation>Sin lado</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>saltado</translation>
    </message>
    <message>
        <source>stopped</source>
        <translation>detenido</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>completado</translation>
    </message>
    <message>
        <source>restarted</source>
        <translation>reiniciado</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>date in the report&apos;s text</comment>
        <translation>d &apos;de&apos; MMMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>d MMM HH:mm</source>
        <comment>day and time in a table</comment>
        <translation>d MMM HH:mm</translation>
    </message>
    <message>
        <source>{app} report · page {page}</source>
        <translation>Informe de {app} · página {page}</translation>
    </message>
    <message>
        <source>{done} of {reached}</source>
        <translation>{done} de {reached}</translation>
    </message>
    <message>
        <source>{done} s of {planned} s</source>
        <translation>{done} s de {planned} s</translation>
    </message>
    <message numerus="yes">
        <source>%n step(s) in all: {counts}</source>
        <translation>
            <numerusform>%n paso en total: {counts}</numerusform>
            <numerusform>%n pasos en total: {counts}</numerusform>
        </translation>
    </message>
    <message>
        <source>{exercise} left {count}</source>
        <translation>{exercise} izquierda {count}</translation>
    </message>
    <message>
        <source>{exercise} right {count}</source>
        <translation>{exercise} derecha {count}</translation>
    </message>
    <message>
        <source>{exercise} {count}</source>
        <translation>{exercise} {count}</translation>
    </message>
    <message>
        <source>Left and right held about the same number of seconds (within 1 %).</source>
        <translation>Los lados izquierdo y derecho mantuvieron casi los mismos segundos (menos del 1 % de diferencia).</translation>
    </message>
    <message>
        <source>Right held {percent} % of the seconds left held over the period.</source>
        <translation>El lado derecho mantuvo el {percent} % de los segundos del izquierdo en el periodo.</translation>
    </message>
    <message>
        <source>Left held {percent} % of the seconds right held over the period.</source>
        <translation>El lado izquierdo mantuvo el {percent} % de los segundos del derecho en el periodo.</translation>
    </message>
    <message>
        <source>Working side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Holds completed</source>
        <translation>Tiempos completados</translation>
    </message>
    <message>
        <source>Rep sets completed</source>
        <translation>Series completadas</translation>
    </message>
    <message>
        <source>Seconds held</source>
        <translation>Segundos mantenidos</translation>
    </message>
    <message>
        <source>“Of” counts the holds and sets the sessions reached; steps never reached are not counted.</source>
        <translation>“De” cuenta los tiempos y las series a los que llegaron las sesiones; los pasos nunca alcanzados no cuentan.</translation>
    </message>
    <message>
        <source>Seconds held per session, by working side (the session&apos;s holds added up)</source>
        <translation>Segundos mantenidos por sesión, por lado (la suma de los tiempos de la sesión)</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Effort and pain after each session (0 = none, 10 = worst)</source>
        <translation>Esfuerzo y dolor después de cada sesión (0 = nada, 10 = lo peor)</translation>
    </message>
    <message>
        <source>Rating (0–10)</source>
        <translation>Valoración (0–10)</translation>
    </message>
    <message>
        <source>Skipped or shortened steps</source>
        <translation>Pasos saltados o acortados</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>How it ended</source>
        <translation>Cómo terminó</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>{when}: {note}</source>
        <translation>{when}: {note}</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) done: {completed} completed, {stopped} stopped before the end.</source>
        <translation>
            <numerusform>%n sesión hecha: {completed} completas, {stopped} detenidas antes del final.</numerusform>
            <numerusform>%n sesiones hechas: {completed} completas, {stopped} detenidas antes del final.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The latest {shown} are shown; the CSV table has %n earlier one(s).</source>
        <translation>
            <numerusform>Se muestran los {shown} más recientes; la tabla CSV tiene %n anterior.</numerusform>
            <numerusform>Se muestran los {shown} más recientes; la tabla CSV tiene %n anteriores.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more note(s) (all of them are in the CSV table).</source>
        <translation>
            <numerusform>… y %n nota más (todas están en la tabla CSV).</numerusform>
            <numerusform>… y %n notas más (todas están en la tabla CSV).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n accidental start(s) (under 10 s of work) not counted.</source>
        <translation>
            <numerusform>%n inicio accidental (menos de 10 s de ejercicio) sin contar.</numerusform>
            <numerusform>%n inicios accidentales (menos de 10 s de ejercicio) sin contar.</numerusform>
        </translation>
    </message>
    <message>
        <source>For: {person}</source>
        <translation>Para: {person}</translation>
    </message>
    <message numerus="yes">
        <source>Period: {first} to {last} (%n day(s))</source>
        <translation>
            <numerusform>Periodo: del {first} al {last} (%n día)</numerusform>
            <numerusform>Periodo: del {first} al {last} (%n días)</numerusform>
        </translation>
    </message>
    <message>
        <source>Made with {app} on {day}.</source>
        <translation>Creado con {app} el {day}.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) on {active} of {days} days.</source>
        <translation>
            <numerusform>%n sesión en {active} de {days} días.</numerusform>
            <numerusform>%n sesiones en {active} de {days} días.</numerusform>
        </translation>
    </message>
    <message>
        <source>Days with a session</source>
        <translation>Días con sesión</translation>
    </message>
    <message>
        <source>No sessions were recorded in this period.</source>
        <translation>No se registraron sesiones en este periodo.</translation>
    </message>
    <message>
        <source>Glute medius exercises: progress report</source>
        <translation>Ejercicios de glúteo medio: informe de progreso</translation>
    </message>
    <message>
        <source>The report is cut here to stay within three pages: every number is in the CSV table.</source>
        <translation>El informe se corta aquí para no pasar de tres páginas: todos los números están en la tabla CSV.</translation>
    </message>
    <message>
        <source>{file}: cannot be written</source>
        <translation>{file}: no se puede escribir</translation>
    </message>
</context>
<context>
    <name>RestDayDialog</name>
    <message>
        <source>Rest day</source>
        <translation>Día de descanso</translation>
    </message>
    <message>
        <source>Sick</source>
        <translation>Enfermedad</translation>
    </message>
    <message>
        <source>Flare-up</source>
        <translation>Brote de dolor</translation>
    </message>
    <message>
        <source>Mark today as a rest day</source>
        <translation>Marcar hoy como día de descanso</translation>
    </message>
    <message>
        <source>Kind of day off</source>
        <translation>Tipo de día libre</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Motivo (opcional)</translation>
    </message>
    <message>
        <source>optional, e.g. knee sore after the walk</source>
        <translation>opcional, p. ej. rodilla dolorida tras el paseo</translation>
    </message>
    <message>
        <source>Mark the day</source>
        <translation>Marcar el día</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Tipo:</translation>
    </message>
    <message>
        <source>Reason:</source>
        <translation>Motivo:</translation>
    </message>
</context>
<context>
    <name>RoutineBar</name>
    <message>
        <source>Routine to edit</source>
        <translation>Rutina para editar</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nueva</translation>
    </message>
    <message>
        <source>Create a new routine with one exercise</source>
        <translation>Crea una rutina nueva con un ejercicio</translation>
    </message>
    <message>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <source>Store a copy of this routine that you can change</source>
        <translation>Guarda una copia de esta rutina que puedes cambiar</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Borrar</translation>
    </message>
    <message>
        <source>&amp;Routine:</source>
        <translation>R&amp;utina:</translation>
    </message>
    <message>
        <source>Customize</source>
        <translation>Personalizar</translation>
    </message>
    <message>
        <source>Store an editable copy of this built-in routine</source>
        <translation>Guarda una copia editable de esta rutina incluida</translation>
    </message>
    <message>
        <source>{routine} (built-in)</source>
        <translation>{routine} (incluida)</translation>
    </message>
    <message>
        <source>“{routine}” is built in and cannot be changed. Customize it to make your own copy.</source>
        <translation>“{routine}” es una rutina incluida y no se puede cambiar. Pulsa “Personalizar” para tener tu propia copia.</translation>
    </message>
</context>
<context>
    <name>RoutineCards</name>
    <message>
        <source>Last done: {when}</source>
        <translation>Última vez: {when}</translation>
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
        <translation>Detalles de la rutina</translation>
    </message>
    <message>
        <source>Picture: {exercise}</source>
        <translation>Imagen: {exercise}</translation>
    </message>
</context>
<context>
    <name>RoutineDraft</name>
    <message>
        <source>Add {exercise}</source>
        <translation>Añadir {exercise}</translation>
    </message>
    <message>
        <source>Remove {exercise}</source>
        <translation>Quitar {exercise}</translation>
    </message>
    <message>
        <source>Move {exercise}</source>
        <translation>Mover {exercise}</translation>
    </message>
</context>
<context>
    <name>RoutineEditor</name>
    <message>
        <source>New exercise</source>
        <translation>Ejercicio nuevo</translation>
    </message>
    <message>
        <source>Edit routines[*]</source>
        <translation>Editar rutinas[*]</translation>
    </message>
    <message>
        <source>New routine</source>
        <translation>Rutina nueva</translation>
    </message>
</context>
<context>
    <name>RoutineFields</name>
    <message>
        <source>Routine name</source>
        <translation>Nombre de la rutina</translation>
    </message>
    <message>
        <source>Get-ready time before each exercise</source>
        <translation>Tiempo para prepararte antes de cada ejercicio</translation>
    </message>
    <message>
        <source>Optional: what this routine is for</source>
        <translation>Opcional: para qué es esta rutina</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <source>&amp;Get ready:</source>
        <translation>&amp;Prepárate:</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>&amp;Descripción:</translation>
    </message>
</context>
<context>
    <name>RoutineFileErrors</name>
    <message>
        <source>unknown key (expected one of: {keys})</source>
        <translation>clave desconocida (se espera una de: {keys})</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <source>must be text, got {kind}</source>
        <translation>debe ser texto, pero es {kind}</translation>
    </message>
    <message>
        <source>must be a whole number, got {kind}</source>
        <translation>debe ser un número entero, pero es {kind}</translation>
    </message>
    <message>
        <source>must be a whole number, got {value}</source>
        <translation>debe ser un número entero, no {value}</translation>
    </message>
    <message>
        <source>must be one of {options}, got {value}</source>
        <translation>debe ser uno de {options}, no {value}</translation>
    </message>
    <message>
        <source>unknown key (expected &quot;left&quot;, &quot;right&quot;)</source>
        <translation>clave desconocida (se espera &quot;left&quot; o &quot;right&quot;)</translation>
    </message>
    <message>
        <source>must be a table, got {kind}</source>
        <translation>debe ser una tabla, pero es {kind}</translation>
    </message>
    <message>
        <source>the top level must be a table, got {kind}</source>
        <translation>el nivel superior debe ser una tabla, pero es {kind}</translation>
    </message>
    <message>
        <source>is missing (add at least one [[exercises]] table)</source>
        <translation>falta (añade al menos una tabla [[exercises]])</translation>
    </message>
    <message>
        <source>must be a list of tables, got {kind}</source>
        <translation>debe ser una lista de tablas, pero es {kind}</translation>
    </message>
    <message>
        <source>true/false</source>
        <translation>true/false</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>un número</translation>
    </message>
    <message>
        <source>text</source>
        <translation>texto</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>una lista</translation>
    </message>
    <message>
        <source>a table</source>
        <translation>una tabla</translation>
    </message>
    <message>
        <source>not UTF-8 text (bad byte at position {position})</source>
        <translation>no es texto UTF-8 (byte no válido en la posición {position})</translation>
    </message>
    <message>
        <source>the file name must end in .toml or .json</source>
        <translation>el nombre del archivo debe terminar en .toml o .json</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>el archivo está vacío</translation>
    </message>
    <message>
        <source>not a usable {format} routine: {problem}</source>
        <translation>no es una rutina {format} utilizable: {problem}</translation>
    </message>
    <message>
        <source>not valid TOML: {problem}</source>
        <translation>TOML no válido: {problem}</translation>
    </message>
</context>
<context>
    <name>RoutineFiles</name>
    <message>
        <source>Routine files (*.toml *.json)</source>
        <translation>Archivos de rutina (*.toml *.json)</translation>
    </message>
    <message>
        <source>{file}: could not be stored: {reason}</source>
        <translation>{file}: no se pudo guardar: {reason}</translation>
    </message>
    <message>
        <source>The routine could not be imported</source>
        <translation>No se pudo importar la rutina</translation>
    </message>
    <message>
        <source>The routine could not be exported</source>
        <translation>No se pudo exportar la rutina</translation>
    </message>
    <message>
        <source>{file}: cannot be written: {reason}</source>
        <translation>{file}: no se puede escribir: {reason}</translation>
    </message>
    <message>
        <source>Import routines</source>
        <translation>Importar rutinas</translation>
    </message>
    <message>
        <source>Export routine</source>
        <translation>Exportar rutina</translation>
    </message>
    <message>
        <source>Routine already there</source>
        <translation>La rutina ya existe</translation>
    </message>
    <message>
        <source>“{routine}” is a built-in routine.</source>
        <translation>“{routine}” es una rutina incluida.</translation>
    </message>
    <message>
        <source>Import the file as a separate routine?</source>
        <translation>¿Importar el archivo como una rutina aparte?</translation>
    </message>
    <message>
        <source>You already have a routine called “{routine}”.</source>
        <translation>Ya tienes una rutina llamada “{routine}”.</translation>
    </message>
    <message>
        <source>Replace it with the file, or keep both?</source>
        <translation>¿Reemplazarla por el archivo o conservar las dos?</translation>
    </message>
    <message>
        <source>Replace</source>
        <translation>Reemplazar</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>Conservar las dos</translation>
    </message>
    <message>
        <source>Nothing was changed. Fix the file and try again.</source>
        <translation>No se ha cambiado nada. Corrige el archivo y vuelve a intentarlo.</translation>
    </message>
</context>
<context>
    <name>RoutineNames</name>
    <message>
        <source>{name} (custom)</source>
        <translation>{name} (personalizada)</translation>
    </message>
    <message>
        <source>{name} (copy)</source>
        <translation>{name} (copia)</translation>
    </message>
    <message>
        <source>{name} (imported)</source>
        <translation>{name} (importada)</translation>
    </message>
    <message>
        <source>{name} (imported {number})</source>
        <translation>{name} (importada {number})</translation>
    </message>
</context>
<context>
    <name>RoutineProblems</name>
    <message>
        <source>hold must be at least 1 second, got {value}</source>
        <translation>el tiempo de mantener debe ser de al menos 1 segundo, no {value}</translation>
    </message>
    <message>
        <source>hold must be at most {most} seconds ({minutes} min), got {value}</source>
        <translation>el tiempo de mantener debe durar como máximo {most} segundos ({minutes} min), no {value}</translation>
    </message>
    <message>
        <source>switch must not be negative, got {value}</source>
        <translation>el tiempo de cambio no puede ser negativo (es {value})</translation>
    </message>
    <message>
        <source>switch must be at most {most} seconds ({minutes} min), got {value}</source>
        <translation>el tiempo de cambio debe durar como máximo {most} segundos ({minutes} min), no {value}</translation>
    </message>
    <message>
        <source>rest must not be negative, got {value}</source>
        <translation>el descanso no puede ser negativo (es {value})</translation>
    </message>
    <message>
        <source>rest must be at most {most} seconds ({minutes} min), got {value}</source>
        <translation>el descanso debe durar como máximo {most} segundos ({minutes} min), no {value}</translation>
    </message>
    <message>
        <source>prepare time must not be negative, got {value}</source>
        <translation>el tiempo para prepararte no puede ser negativo (es {value})</translation>
    </message>
    <message>
        <source>prepare time must be at most {most} seconds ({minutes} min), got {value}</source>
        <translation>el tiempo para prepararte debe durar como máximo {most} segundos ({minutes} min), no {value}</translation>
    </message>
    <message>
        <source>name must not be empty</source>
        <translation>el nombre no puede estar vacío</translation>
    </message>
    <message>
        <source>name must not be empty (it holds only invisible characters)</source>
        <translation>el nombre no puede estar vacío (solo tiene caracteres invisibles)</translation>
    </message>
    <message>
        <source>name must be at most {most} characters, got {length}</source>
        <translation>el nombre debe tener como máximo {most} caracteres, tiene {length}</translation>
    </message>
    <message>
        <source>illustration must not be empty</source>
        <translation>la ilustración no puede estar vacía</translation>
    </message>
    <message>
        <source>illustration must not be empty (it holds only invisible characters)</source>
        <translation>la ilustración no puede estar vacía (solo tiene caracteres invisibles)</translation>
    </message>
    <message>
        <source>illustration must be at most {most} characters, got {length}</source>
        <translation>la ilustración debe tener como máximo {most} caracteres, tiene {length}</translation>
    </message>
    <message>
        <source>left how-to must be at most {most} characters, got {length}</source>
        <translation>la indicación del lado izquierdo debe tener como máximo {most} caracteres, tiene {length}</translation>
    </message>
    <message>
        <source>right how-to must be at most {most} characters, got {length}</source>
        <translation>la indicación del lado derecho debe tener como máximo {most} caracteres, tiene {length}</translation>
    </message>
    <message>
        <source>name must not contain a control character (found {character} at character {position})</source>
        <translation>el nombre no puede contener un carácter de control (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>name must not contain a text-direction control (found {character} at character {position})</source>
        <translation>el nombre no puede contener una marca de dirección del texto (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>name must not contain an invisible character (found {character} at character {position})</source>
        <translation>el nombre no puede contener un carácter invisible (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>name must not contain a lone surrogate (not a real character) (found {character} at character {position})</source>
        <translation>el nombre no puede contener un sustituto suelto (no es un carácter real) (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>illustration must not contain a control character (found {character} at character {position})</source>
        <translation>la ilustración no puede contener un carácter de control (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>illustration must not contain a text-direction control (found {character} at character {position})</source>
        <translation>la ilustración no puede contener una marca de dirección del texto (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>illustration must not contain an invisible character (found {character} at character {position})</source>
        <translation>la ilustración no puede contener un carácter invisible (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>illustration must not contain a lone surrogate (not a real character) (found {character} at character {position})</source>
        <translation>la ilustración no puede contener un sustituto suelto (no es un carácter real) (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>left how-to must not contain a control character (found {character} at character {position})</source>
        <translation>la indicación del lado izquierdo no puede contener un carácter de control (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>left how-to must not contain a text-direction control (found {character} at character {position})</source>
        <translation>la indicación del lado izquierdo no puede contener una marca de dirección del texto (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>left how-to must not contain an invisible character (found {character} at character {position})</source>
        <translation>la indicación del lado izquierdo no puede contener un carácter invisible (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>left how-to must not contain a lone surrogate (not a real character) (found {character} at character {position})</source>
        <translation>la indicación del lado izquierdo no puede contener un sustituto suelto (no es un carácter real) (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>right how-to must not contain a control character (found {character} at character {position})</source>
        <translation>la indicación del lado derecho no puede contener un carácter de control (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>right how-to must not contain a text-direction control (found {character} at character {position})</source>
        <translation>la indicación del lado derecho no puede contener una marca de dirección del texto (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>right how-to must not contain an invisible character (found {character} at character {position})</source>
        <translation>la indicación del lado derecho no puede contener un carácter invisible (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>right how-to must not contain a lone surrogate (not a real character) (found {character} at character {position})</source>
        <translation>la indicación del lado derecho no puede contener un sustituto suelto (no es un carácter real) (hay {character} en la posición {position})</translation>
    </message>
    <message>
        <source>seconds per rep must be {lowest} to {highest}, got {value}</source>
        <translation>los segundos por repetición deben ser de {lowest} a {highest}, no {value}</translation>
    </message>
    <message>
        <source>must be at least 1, got {value}</source>
        <translation>debe ser al menos 1, no {value}</translation>
    </message>
    <message>
        <source>must be at most {most}, got {value}</source>
        <translation>debe ser como máximo {most}, no {value}</translation>
    </message>
    <message>
        <source>at most {most} exercises, got {count}</source>
        <translation>como máximo {most} ejercicios, no {count}</translation>
    </message>
    <message>
        <source>must be at most {most} characters</source>
        <translation>debe tener como máximo {most} caracteres</translation>
    </message>
    <message>
        <source>a value per side needs sides = &quot;both&quot;</source>
        <translation>un valor por lado necesita sides = &quot;both&quot;</translation>
    </message>
    <message>
        <source>a routine needs at least one exercise</source>
        <translation>una rutina necesita al menos un ejercicio</translation>
    </message>
    <message>
        <source>a routine named {name} already exists</source>
        <translation>ya existe una rutina llamada {name}</translation>
    </message>
    <message>
        <source>{name} looks the same as the routine {other} (letters from another alphabet); choose a name that reads differently</source>
        <translation>{name} se ve igual que la rutina {other} (letras de otro alfabeto); elige un nombre que se lea distinto</translation>
    </message>
</context>
<context>
    <name>RoutineQuestions</name>
    <message>
        <source>Unsaved changes</source>
        <translation>Cambios sin guardar</translation>
    </message>
    <message>
        <source>“{routine}” has changes that are not saved.</source>
        <translation>“{routine}” tiene cambios sin guardar.</translation>
    </message>
    <message>
        <source>Save them before leaving?</source>
        <translation>¿Los guardas antes de salir?</translation>
    </message>
    <message>
        <source>Delete routine</source>
        <translation>Borrar rutina</translation>
    </message>
    <message>
        <source>Delete “{routine}”? This cannot be undone. Your history keeps its sessions.</source>
        <translation>¿Borrar “{routine}”? No se puede deshacer. Tu historial conserva sus sesiones.</translation>
    </message>
</context>
<context>
    <name>RoutineShelf</name>
    <message>
        <source>Your routines could not be read: {error}</source>
        <translation>No se pudieron leer tus rutinas: {error}</translation>
    </message>
    <message>
        <source>“{routine}” could not be read: {error}</source>
        <translation>No se pudo leer “{routine}”: {error}</translation>
    </message>
    <message>
        <source>The routine could not be deleted: {error}</source>
        <translation>No se pudo borrar la rutina: {error}</translation>
    </message>
    <message>
        <source>The routine could not be saved: {error}</source>
        <translation>No se pudo guardar la rutina: {error}</translation>
    </message>
</context>
<context>
    <name>RoutineStore</name>
    <message>
        <source>{routine} is a built-in routine; choose another name</source>
        <translation>{routine} es una rutina incluida; elige otro nombre</translation>
    </message>
</context>
<context>
    <name>SaveBar</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last change (Ctrl+Z)</source>
        <translation>Deshaz el último cambio (Ctrl+Z)</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Rehacer</translation>
    </message>
    <message>
        <source>Redo the change undone last (Ctrl+Shift+Z)</source>
        <translation>Rehaz el último cambio deshecho (Ctrl+Mayús+Z)</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Throw away the changes since the last save</source>
        <translation>Descarta los cambios desde la última vez que guardaste</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
</context>
<context>
    <name>Schedule</name>
    <message>
        <source>mon</source>
        <translation>lun</translation>
    </message>
    <message>
        <source>tue</source>
        <translation>mar</translation>
    </message>
    <message>
        <source>wed</source>
        <translation>mié</translation>
    </message>
    <message>
        <source>thu</source>
        <translation>jue</translation>
    </message>
    <message>
        <source>fri</source>
        <translation>vie</translation>
    </message>
    <message>
        <source>sat</source>
        <translation>sáb</translation>
    </message>
    <message>
        <source>sun</source>
        <translation>dom</translation>
    </message>
    <message>
        <source>per week must be 1 to 7, not {count}</source>
        <translation>por semana debe ser de 1 a 7, no {count}</translation>
    </message>
    <message>
        <source>weekdays must name at least one day, each 0 (Monday) to 6</source>
        <translation>los días deben incluir al menos uno, cada uno de 0 (lunes) a 6</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>a diario</translation>
    </message>
    <message>
        <source>daily at {time}</source>
        <translation>a diario a las {time}</translation>
    </message>
    <message>
        <source>{count} per week</source>
        <translation>{count} por semana</translation>
    </message>
    <message>
        <source>{count} per week at {time}</source>
        <translation>{count} por semana a las {time}</translation>
    </message>
    <message>
        <source>{days} at {time}</source>
        <translation>{days} a las {time}</translation>
    </message>
    <message>
        <source>{text} is not a weekday (use {days})</source>
        <translation>{text} no es un día de la semana (usa {days})</translation>
    </message>
    <message>
        <source>{text} is not a time as HH:MM (e.g. 07:30)</source>
        <translation>{text} no es una hora en formato HH:MM (p. ej., 07:30)</translation>
    </message>
    <message>
        <source>{text} is not a time of day (00:00 to 23:59)</source>
        <translation>{text} no es una hora del día (00:00 a 23:59)</translation>
    </message>
</context>
<context>
    <name>ScreenKeeper</name>
    <message>
        <source>no keep-awake service</source>
        <translation>no hay servicio para mantener la pantalla encendida</translation>
    </message>
    <message>
        <source>Following {routine}</source>
        <translation>Siguiendo {routine}</translation>
    </message>
</context>
<context>
    <name>SessionTable</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Rutina</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Effort</source>
        <translation>Esfuerzo</translation>
    </message>
    <message>
        <source>Pain</source>
        <translation>Dolor</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenida</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Interrumpida</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>{done} of {planned} holds and sets completed</source>
        <translation>{done} de {planned} tiempos y series completados</translation>
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
        <translation>Tiempo para prepararte en las rutinas incluidas (las personalizadas tienen el suyo).</translation>
    </message>
    <message>
        <source>Cue volume in percent.</source>
        <translation>Volumen de los avisos, en porcentaje.</translation>
    </message>
    <message>
        <source>No cue sounds at all.</source>
        <translation>Ningún sonido de aviso.</translation>
    </message>
    <message>
        <source>Which player plays cues: auto, simpleaudio, qt or none.</source>
        <translation>Qué reproductor reproduce los avisos: auto, simpleaudio, qt o none.</translation>
    </message>
    <message>
        <source>Beep at each cue.</source>
        <translation>Pitar en cada aviso.</translation>
    </message>
    <message>
        <source>Speak the cues (&quot;switch sides&quot;) as well as beeping.</source>
        <translation>Decir los avisos en voz alta (“cambia de lado”) además de pitar.</translation>
    </message>
    <message>
        <source>Stop the screen saver while a workout runs.</source>
        <translation>Sin salvapantallas durante el entrenamiento.</translation>
    </message>
    <message>
        <source>Colour scheme: system, light or dark.</source>
        <translation>Esquema de color: el del sistema, claro u oscuro.</translation>
    </message>
    <message>
        <source>Text size, as a factor of the system&apos;s.</source>
        <translation>Tamaño del texto, relativo al del sistema.</translation>
    </message>
    <message>
        <source>Language of the app and its voice: system, or a code such as en, de or es.</source>
        <translation>Idioma de la app y de su voz: system o un código como en, de o es.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Get-ready time (built-in routines)</source>
        <translation>Tiempo para prepararte (rutinas incluidas)</translation>
    </message>
    <message>
        <source>Volume</source>
        <translation>Volumen</translation>
    </message>
    <message>
        <source>Mute all sounds</source>
        <translation>Silenciar todos los sonidos</translation>
    </message>
    <message>
        <source>Beeps</source>
        <translation>Pitidos</translation>
    </message>
    <message>
        <source>Spoken prompts</source>
        <translation>Avisos hablados</translation>
    </message>
    <message>
        <source>Sound output</source>
        <translation>Salida de sonido</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automática</translation>
    </message>
    <message>
        <source>No sound</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Como el sistema</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Keep the screen awake during a workout</source>
        <translation>Mantener la pantalla encendida durante el entrenamiento</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>System default ({language})</source>
        <translation>Según el sistema ({language})</translation>
    </message>
    <message>
        <source>The new language applies the next time {app} opens.</source>
        <translation>El nuevo idioma se aplicará la próxima vez que abras {app}.</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Ajustes</translation>
    </message>
    <message>
        <source>{setting}:</source>
        <translation>{setting}:</translation>
    </message>
    <message>
        <source>Sound output in use</source>
        <translation>Salida de sonido en uso</translation>
    </message>
    <message>
        <source>Play a test sound</source>
        <translation>Reproducir un sonido de prueba</translation>
    </message>
    <message>
        <source>Plays a cue at the volume set above</source>
        <translation>Reproduce un aviso con el volumen de arriba</translation>
    </message>
    <message>
        <source>In use:</source>
        <translation>En uso:</translation>
    </message>
    <message>
        <source>Put every setting back to how the app came</source>
        <translation>Volver a los ajustes iniciales de la app</translation>
    </message>
    <message>
        <source>Sound is not loaded.</source>
        <translation>El sonido no está cargado.</translation>
    </message>
    <message>
        <source>not loaded yet</source>
        <translation>aún no cargado</translation>
    </message>
</context>
<context>
    <name>SingleInstance</name>
    <message>
        <source>The app already open did not answer; look for its window.</source>
        <translation>La app que ya está abierta no respondió; busca su ventana.</translation>
    </message>
    <message>
        <source>The request was not understood.</source>
        <translation>No se entendió la petición.</translation>
    </message>
    <message>
        <source>The app already open could not start it; details are in its log.</source>
        <translation>La app que ya está abierta no pudo iniciarla; los detalles están en su registro.</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>activation</source>
        <translation>activación</translation>
    </message>
    <message>
        <source>strength</source>
        <translation>fuerza</translation>
    </message>
    <message>
        <source>endurance</source>
        <translation>resistencia</translation>
    </message>
    <message>
        <source>built-in</source>
        <translation>incluida</translation>
    </message>
    <message>
        <source>custom</source>
        <translation>propia</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <source>Workout history</source>
        <translation>Historial de entrenamientos</translation>
    </message>
    <message>
        <source>Past workouts (Ctrl+H)</source>
        <translation>Sesiones anteriores (Ctrl+H)</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Teclas</translation>
    </message>
    <message>
        <source>Keyboard keys</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>The keyboard keys (?)</source>
        <translation>Los atajos de teclado (?)</translation>
    </message>
    <message>
        <source>More</source>
        <translation>Más</translation>
    </message>
    <message>
        <source>More actions</source>
        <translation>Más acciones</translation>
    </message>
    <message>
        <source>Export, about, quit and everything else (F10)</source>
        <translation>Exportar, acerca de, salir y todo lo demás (F10)</translation>
    </message>
    <message>
        <source>Choose a routine</source>
        <translation>Elige una rutina</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Rutinas</translation>
    </message>
    <message>
        <source>Start the selected routine</source>
        <translation>Empezar la rutina seleccionada</translation>
    </message>
    <message>
        <source>Start the selected routine (Enter on a card)</source>
        <translation>Empezar la rutina seleccionada (Intro en una tarjeta)</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>{summary} · last done {when}</source>
        <translation>{summary} · última vez: {when}</translation>
    </message>
    <message>
        <source>Start {routine}</source>
        <translation>Empezar {routine}</translation>
    </message>
</context>
<context>
    <name>StorageErrors</name>
    <message>
        <source>the disk is full; free some space and try again</source>
        <translation>el disco está lleno; libera algo de espacio y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>another program is holding the history database; close it (or wait) and try again</source>
        <translation>otro programa tiene ocupada la base de datos del historial; ciérralo (o espera) y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the data folder cannot be written; make it writable and try again</source>
        <translation>no se puede escribir en la carpeta de datos; dale permiso de escritura y vuelve a intentarlo</translation>
    </message>
    <message>
        <source>the history database is damaged; restarting {app} sets it aside</source>
        <translation>la base de datos del historial está dañada; al reiniciar {app} se aparta</translation>
    </message>
    <message>
        <source>the disk reported an error while reading or writing</source>
        <translation>el disco informó de un error al leer o escribir</translation>
    </message>
    <message>
        <source>the history database could not be used (details are in the log)</source>
        <translation>no se pudo usar la base de datos del historial (los detalles están en el registro)</translation>
    </message>
</context>
<context>
    <name>StructureErrors</name>
    <message>
        <source>nested more than {most} levels deep</source>
        <translation>anidado a más de {most} niveles de profundidad</translation>
    </message>
    <message>
        <source>more than {most} quote marks</source>
        <translation>más de {most} comillas</translation>
    </message>
    <message>
        <source>more than {most} keys, values and brackets (a routine needs far fewer)</source>
        <translation>más de {most} claves, valores y corchetes (una rutina necesita muchos menos)</translation>
    </message>
    <message>
        <source>a number of more than {most} digits ({start}...)</source>
        <translation>un número de más de {most} cifras ({start}...)</translation>
    </message>
    <message>
        <source>more than {most} characters (the longest TOML routine needs about {longest})</source>
        <translation>más de {most} caracteres (la rutina TOML más larga necesita unos {longest})</translation>
    </message>
    <message>
        <source>more than {most} backslash escapes</source>
        <translation>más de {most} escapes con barra invertida</translation>
    </message>
    <message>
        <source>more than {most} characters of text and comments (the longest routine holds about {longest})</source>
        <translation>más de {most} caracteres de texto y comentarios (la rutina más larga tiene unos {longest})</translation>
    </message>
    <message>
        <source>more than {most} characters outside text and comments</source>
        <translation>más de {most} caracteres fuera de texto y comentarios</translation>
    </message>
</context>
<context>
    <name>SuggestionCard</name>
    <message>
        <source>Suggestion</source>
        <translation>Sugerencia</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Accept the suggestion</source>
        <translation>Aceptar la sugerencia</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Descartar</translation>
    </message>
    <message>
        <source>Dismiss the suggestion</source>
        <translation>Descartar la sugerencia</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <source>Done: {change}.</source>
        <translation>Hecho: {change}.</translation>
    </message>
    <message>
        <source>The suggestion could not be applied: {reason}.</source>
        <translation>No se pudo aplicar la sugerencia: {reason}.</translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <source>Message</source>
        <translation>Mensaje</translation>
    </message>
</context>
<context>
    <name>TodayStrip</name>
    <message>
        <source>Today: rest day, the streak is kept</source>
        <translation>Hoy: día de descanso, tu racha sigue</translation>
    </message>
    <message>
        <source>Today: sick, the streak is kept</source>
        <translation>Hoy: día de enfermedad, tu racha sigue</translation>
    </message>
    <message>
        <source>Today: flare-up, the streak is kept</source>
        <translation>Hoy: brote de dolor, tu racha sigue</translation>
    </message>
    <message>
        <source>Rest day marked for today.</source>
        <translation>Hoy marcado como día de descanso.</translation>
    </message>
    <message>
        <source>Sick marked for today.</source>
        <translation>Hoy marcado como día de enfermedad.</translation>
    </message>
    <message>
        <source>Flare-up marked for today.</source>
        <translation>Hoy marcado como brote de dolor.</translation>
    </message>
    <message>
        <source>{mark} {routine} · {done} of {needed} this week</source>
        <translation>{mark} {routine} · {done} de {needed} esta semana</translation>
    </message>
    <message numerus="yes">
        <source>Streak: %n day(s)</source>
        <translation>
            <numerusform>Racha: %n día</numerusform>
            <numerusform>Racha: %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>This week: nothing due yet</source>
        <translation>Esta semana: aún nada pendiente</translation>
    </message>
    <message numerus="yes">
        <source>This week: {done} of %n day(s)</source>
        <translation>
            <numerusform>Esta semana: {done} de %n día</numerusform>
            <numerusform>Esta semana: {done} de %n días</numerusform>
        </translation>
    </message>
    <message>
        <source>{sentence} ({reason})</source>
        <translation>{sentence} ({reason})</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Para hoy</translation>
    </message>
    <message>
        <source>Streak</source>
        <translation>Racha</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Rest day</source>
        <translation>Día de descanso</translation>
    </message>
    <message>
        <source>Mark today as rest day…</source>
        <translation>Marcar hoy como descanso…</translation>
    </message>
    <message>
        <source>Not a rest day</source>
        <translation>No es día de descanso</translation>
    </message>
    <message>
        <source>Undo the rest day</source>
        <translation>Deshacer el día de descanso</translation>
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
        <translation>Problema</translation>
    </message>
    <message>
        <source>Offer</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Accept</source>
        <translation>Aceptar</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>No plan yet.</source>
        <translation>Aún no hay plan.</translation>
    </message>
    <message>
        <source>Nothing planned for today.</source>
        <translation>Nada planeado para hoy.</translation>
    </message>
    <message>
        <source>The plan could not be read or changed: {reason}</source>
        <translation>No se pudo leer ni cambiar el plan: {reason}</translation>
    </message>
    <message>
        <source>Added to your plan: {routine} every day at {time}.</source>
        <translation>Añadida a tu plan: {routine} cada día a las {time}.</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
</context>
<context>
    <name>UnsavedHistoryPrompt</name>
    <message numerus="yes">
        <source>%n workout result(s) could not be saved yet.</source>
        <translation>
            <numerusform>Aún no se ha podido guardar %n resultado de entrenamiento.</numerusform>
            <numerusform>Aún no se han podido guardar %n resultados de entrenamiento.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workout not saved yet</source>
        <translation>Entrenamiento aún sin guardar</translation>
    </message>
    <message>
        <source>{app} keeps trying while it is open. If you quit now these results are lost; the history keeps what was already saved and marks the workout as interrupted.</source>
        <translation>{app} lo sigue intentando mientras esté abierto. Si sales ahora, estos resultados se pierden; el historial conserva lo que ya se guardó y marca el entrenamiento como interrumpido.</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Keep open</source>
        <translation>Dejar abierto</translation>
    </message>
    <message>
        <source>Quit without saving</source>
        <translation>Salir sin guardar</translation>
    </message>
</context>
<context>
    <name>VoiceCues</name>
    <message>
        <source>Left leg standing, right knee to the wall</source>
        <translation>De pie sobre la izquierda, rodilla derecha a la pared</translation>
    </message>
    <message>
        <source>Right leg standing, left knee to the wall</source>
        <translation>De pie sobre la derecha, rodilla izquierda a la pared</translation>
    </message>
    <message>
        <source>Left leg on top, lift and hold</source>
        <translation>Pierna izquierda arriba, sube y mantén</translation>
    </message>
    <message>
        <source>Right leg on top, lift and hold</source>
        <translation>Pierna derecha arriba, sube y mantén</translation>
    </message>
    <message>
        <source>Left leg underneath, hips up</source>
        <translation>Pierna izquierda abajo, cadera arriba</translation>
    </message>
    <message>
        <source>Right leg underneath, hips up</source>
        <translation>Pierna derecha abajo, cadera arriba</translation>
    </message>
    <message>
        <source>Left leg on top, scissor</source>
        <translation>Pierna izquierda arriba, tijera</translation>
    </message>
    <message>
        <source>Right leg on top, scissor</source>
        <translation>Pierna derecha arriba, tijera</translation>
    </message>
    <message>
        <source>Left leg standing, squat slowly</source>
        <translation>De pie sobre la izquierda, baja despacio</translation>
    </message>
    <message>
        <source>Right leg standing, squat slowly</source>
        <translation>De pie sobre la derecha, baja despacio</translation>
    </message>
    <message>
        <source>Left leg in front, lunge</source>
        <translation>Pierna izquierda delante, zancada</translation>
    </message>
    <message>
        <source>Right leg in front, lunge</source>
        <translation>Pierna derecha delante, zancada</translation>
    </message>
</context>
<context>
    <name>VoicePrompt</name>
    <message>
        <source>Get ready</source>
        <translation>Prepárate</translation>
    </message>
    <message>
        <source>Left side</source>
        <translation>Lado izquierdo</translation>
    </message>
    <message>
        <source>Right side</source>
        <translation>Lado derecho</translation>
    </message>
    <message>
        <source>Switch sides</source>
        <translation>Cambia de lado</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Descansa</translation>
    </message>
    <message>
        <source>Halfway</source>
        <translation>A la mitad</translation>
    </message>
    <message>
        <source>Last set</source>
        <translation>Última serie</translation>
    </message>
    <message>
        <source>Workout complete</source>
        <translation>Entrenamiento completado</translation>
    </message>
    <message>
        <source>Last one</source>
        <translation>La última</translation>
    </message>
    <message>
        <source>Set {number} of {count}</source>
        <translation>Serie {number} de {count}</translation>
    </message>
</context>
<context>
    <name>WorkoutSession</name>
    <message>
        <source>Following {routine}</source>
        <translation>Siguiendo {routine}</translation>
    </message>
    <message>
        <source>no service answered</source>
        <translation>ningún servicio respondió</translation>
    </message>
</context>
<context>
    <name>WorkoutStepText</name>
    <message>
        <source>GET READY</source>
        <translation>PREPÁRATE</translation>
    </message>
    <message>
        <source>HOLD</source>
        <translation>MANTÉN</translation>
    </message>
    <message>
        <source>REPS</source>
        <translation>REPETICIONES</translation>
    </message>
    <message>
        <source>SWITCH SIDES</source>
        <translation>CAMBIA DE LADO</translation>
    </message>
    <message>
        <source>REST</source>
        <translation>DESCANSO</translation>
    </message>
    <message>
        <source>FINISHED</source>
        <translation>TERMINADO</translation>
    </message>
    <message>
        <source>LEFT</source>
        <translation>IZQUIERDA</translation>
    </message>
    <message>
        <source>RIGHT</source>
        <translation>DERECHA</translation>
    </message>
    <message>
        <source>Set {number} of {count}</source>
        <translation>Serie {number} de {count}</translation>
    </message>
    <message>
        <source>Workout complete</source>
        <translation>Entrenamiento completado</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) LEFT</source>
        <translation>
            <numerusform>IZQUIERDA: %n repetición</numerusform>
            <numerusform>IZQUIERDA: %n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s) RIGHT</source>
        <translation>
            <numerusform>DERECHA: %n repetición</numerusform>
            <numerusform>DERECHA: %n repeticiones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n repetición</numerusform>
            <numerusform>%n repeticiones</numerusform>
        </translation>
    </message>
    <message>
        <source>hold LEFT, {duration}</source>
        <translation>IZQUIERDA: mantén {duration}</translation>
    </message>
    <message>
        <source>hold RIGHT, {duration}</source>
        <translation>DERECHA: mantén {duration}</translation>
    </message>
    <message>
        <source>hold, {duration}</source>
        <translation>mantén {duration}</translation>
    </message>
    <message>
        <source>switch to LEFT</source>
        <translation>cambia a la IZQUIERDA</translation>
    </message>
    <message>
        <source>switch to RIGHT</source>
        <translation>cambia a la DERECHA</translation>
    </message>
    <message>
        <source>switch to the other side</source>
        <translation>cambia al otro lado</translation>
    </message>
    <message>
        <source>{exercise} LEFT</source>
        <translation>{exercise} IZQUIERDA</translation>
    </message>
    <message>
        <source>{exercise} RIGHT</source>
        <translation>{exercise} DERECHA</translation>
    </message>
    <message>
        <source>rest {duration}</source>
        <translation>descansa {duration}</translation>
    </message>
    <message>
        <source>finished!</source>
        <translation>¡terminado!</translation>
    </message>
    <message>
        <source>Next: {step}</source>
        <translation>Siguiente: {step}</translation>
    </message>
    <message>
        <source>Step {number} of {count} · {time} left</source>
        <translation>Paso {number} de {count} · quedan {time}</translation>
    </message>
</context>
<context>
    <name>WorkoutSummary</name>
    <message>
        <source>Left {count}</source>
        <translation>Izquierda {count}</translation>
    </message>
    <message>
        <source>Right {count}</source>
        <translation>Derecha {count}</translation>
    </message>
    <message>
        <source>Left {time} held</source>
        <translation>Izquierda {time} mantenido</translation>
    </message>
    <message>
        <source>Right {time} held</source>
        <translation>Derecha {time} mantenido</translation>
    </message>
    <message>
        <source>Total time: {time}</source>
        <translation>Tiempo total: {time}</translation>
    </message>
    <message>
        <source>Holds and sets completed: {per_side}</source>
        <translation>Tiempos y series completados: {per_side}</translation>
    </message>
    <message>
        <source>Completed without a side: {count}</source>
        <translation>Completados sin lado: {count}</translation>
    </message>
    <message>
        <source>Holds and sets completed: none</source>
        <translation>Tiempos y series completados: ninguno</translation>
    </message>
    <message>
        <source>Steps skipped: none</source>
        <translation>Pasos saltados: ninguno</translation>
    </message>
    <message>
        <source>Steps skipped: {count}</source>
        <translation>Pasos saltados: {count}</translation>
    </message>
    <message>
        <source>{time} held</source>
        <translation>{time} mantenido</translation>
    </message>
    <message>
        <source>Workout summary</source>
        <translation>Resumen del entrenamiento</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>Per side</source>
        <translation>Por lado</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Rating</source>
        <translation>Valoración</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Done: back to routines</source>
        <translation>Listo: volver a las rutinas</translation>
    </message>
    <message>
        <source>Save the rating, if any, and go back to the routines (Enter)</source>
        <translation>Guarda la valoración, si la hay, y vuelve a las rutinas (Intro)</translation>
    </message>
    <message>
        <source>Well done! {routine} complete</source>
        <translation>¡Muy bien! {routine} completada</translation>
    </message>
    <message>
        <source>{routine} stopped</source>
        <translation>{routine} detenida</translation>
    </message>
</context>
<context>
    <name>WorkoutView</name>
    <message>
        <source>Paused: the computer was asleep</source>
        <translation>En pausa: el equipo estaba en reposo</translation>
    </message>
    <message>
        <source>Workout</source>
        <translation>Entrenamiento</translation>
    </message>
    <message>
        <source>Step kind</source>
        <translation>Tipo de paso</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Ejercicio</translation>
    </message>
    <message>
        <source>Overall progress</source>
        <translation>Progreso total</translation>
    </message>
    <message>
        <source>Workout progress</source>
        <translation>Progreso del entrenamiento</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Lado</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Serie</translation>
    </message>
    <message>
        <source>How to do it</source>
        <translation>Cómo hacerlo</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Paso siguiente</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <source>Go back to the previous step (Left, B)</source>
        <translation>Volver al paso anterior (flecha izquierda, B)</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausa</translation>
    </message>
    <message>
        <source>Pause or resume (Space)</source>
        <translation>Pausar o seguir (Espacio)</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Saltar</translation>
    </message>
    <message>
        <source>Skip this step (Right, N)</source>
        <translation>Saltar este paso (flecha derecha, N)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>I have done the reps (Enter)</source>
        <translation>He hecho las repeticiones (Intro)</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the workout (Esc)</source>
        <translation>Parar el entrenamiento (Esc)</translation>
    </message>
    <message>
        <source>Sound off</source>
        <translation>Sin sonido</translation>
    </message>
    <message>
        <source>Sound is off</source>
        <translation>El sonido está desactivado</translation>
    </message>
    <message>
        <source>Notice</source>
        <translation>Aviso</translation>
    </message>
    <message>
        <source>The screen may go dark during this workout: it cannot be kept awake ({reason}). Move the mouse now and then, or turn off the screen saver.</source>
        <translation>La pantalla puede apagarse durante el entrenamiento: no se puede mantener encendida ({reason}). Mueve el ratón de vez en cuando o desactiva el salvapantallas.</translation>
    </message>
    <message>
        <source>reps</source>
        <translation>repeticiones</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Seguir</translation>
    </message>
    <message>
        <source>{reason}
Space to continue</source>
        <translation>{reason}
Espacio para seguir</translation>
    </message>
    <message>
        <source>{reason}. Space to continue</source>
        <translation>{reason}. Espacio para seguir</translation>
    </message>
    <message>
        <source>Paused — Space to continue</source>
        <translation>En pausa — Espacio para seguir</translation>
    </message>
    <message>
        <source>Paused. Space to continue</source>
        <translation>En pausa. Espacio para seguir</translation>
    </message>
</context>
</TS>
