<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AvatarCache</name>
    <message>
        <source>The download is not an image.</source>
        <translation>Die heruntergeladene Datei ist kein Bild.</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels).</source>
        <translation>Das Bild ist zu groß (%1 × %2 Pixel).</translation>
    </message>
    <message>
        <source>The server is too slow.</source>
        <translation>Der Server antwortet zu langsam.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not a web address.</source>
        <translation>Der Server hat auf eine Adresse umgeleitet, die keine Webadresse ist.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Der Server hat mit %1 geantwortet.</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB.</source>
        <translation>Das Bild ist größer als %1 KiB.</translation>
    </message>
</context>
<context>
    <name>CalendarFeedPanel</name>
    <message>
        <source>Calendar feed</source>
        <translation>Kalender-Feed</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Space:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>A&amp;dresse:</translation>
    </message>
    <message>
        <source>No feed token yet</source>
        <translation>Noch kein Feed-Token</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <translation>Abonnement-Adresse</translation>
    </message>
    <message>
        <source>C&amp;opy address</source>
        <translation>Adresse k&amp;opieren</translation>
    </message>
    <message>
        <source>Generate feed &amp;token</source>
        <translation>Feed-&amp;Token erzeugen</translation>
    </message>
    <message>
        <source>Every space</source>
        <translation>Alle Spaces</translation>
    </message>
    <message>
        <source>Replace feed &amp;token…</source>
        <translation>Feed-&amp;Token ersetzen …</translation>
    </message>
    <message>
        <source>Reading the feed token from the system keychain…</source>
        <translation>Feed-Token wird aus dem Schlüsselbund des Systems gelesen …</translation>
    </message>
    <message>
        <source>The feed is on. This address works on this computer only: calendar services on the internet need the public address of a tunnel.</source>
        <translation>Der Feed ist eingeschaltet. Diese Adresse funktioniert nur auf diesem Computer: Kalenderdienste im Internet brauchen die öffentliche Adresse eines Tunnels.</translation>
    </message>
    <message>
        <source>The feed is on.</source>
        <translation>Der Feed ist eingeschaltet.</translation>
    </message>
    <message>
        <source>The feed is off: generate a feed token to turn it on.</source>
        <translation>Der Feed ist aus: Erzeugen Sie ein Feed-Token, um ihn einzuschalten.</translation>
    </message>
    <message>
        <source>The keychain is unavailable, so the feed is off: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar, daher ist der Feed aus: %1</translation>
    </message>
    <message>
        <source>Calendar applications (GNOME Calendar, Thunderbird, Google Calendar, …) can subscribe to this address: they fetch it every so often and show the events of the last 30 days, all later ones and every event that repeats, updated as Eventwatch receives changes. Whoever has the address can read the events, nothing more; generate a new token to shut out earlier subscribers. Services on the internet, such as Google Calendar, need a public address (a tunnel).</source>
        <translation>Kalenderprogramme (GNOME Calendar, Thunderbird, Google Calendar, …) können diese Adresse abonnieren: Sie rufen sie regelmäßig ab und zeigen die Events der letzten 30 Tage, alle späteren und jedes sich wiederholende Event, jeweils aktualisiert, sobald Eventwatch Änderungen empfängt. Wer die Adresse kennt, kann die Events lesen, mehr nicht; erzeugen Sie ein neues Token, um bisherige Abonnenten auszusperren. Dienste im Internet wie Google Calendar brauchen eine öffentliche Adresse (einen Tunnel).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the receiver without a window.</source>
        <translation>Den Empfänger ohne Fenster ausführen.</translation>
    </message>
    <message>
        <source>Keep the database in &lt;dir&gt; (default: %1).</source>
        <translation>Die Datenbank in &lt;dir&gt; ablegen (Standard: %1).</translation>
    </message>
    <message>
        <source>Listen on address &lt;addr&gt; (default: 127.0.0.1).</source>
        <translation>Auf Adresse &lt;addr&gt; lauschen (Standard: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Listen on port &lt;n&gt; (default: %1; 0 picks a free one).</source>
        <translation>Auf Port &lt;n&gt; lauschen (Standard: %1; 0 wählt einen freien Port).</translation>
    </message>
    <message>
        <source>Read the webhook token from &lt;file&gt; (must not be readable by others) instead of the system keychain.</source>
        <translation>Das Webhook-Token aus &lt;file&gt; lesen (darf für andere nicht lesbar sein) statt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Refuse bodies larger than &lt;bytes&gt; (default: %1).</source>
        <translation>Anfragen mit mehr als &lt;bytes&gt; Byte ablehnen (Standard: %1).</translation>
    </message>
    <message>
        <source>Accept deliveries without a token (only on a loopback address).</source>
        <translation>Zustellungen ohne Token annehmen (nur auf einer Loopback-Adresse).</translation>
    </message>
    <message>
        <source>Receives Mighty Networks webhooks and shows the scheduled events.

Other commands:
  eventwatch export --help   Write the stored events as CSV, JSON or NDJSON.
  eventwatch token --help    Generate, show, set or clear the webhook token in the system keychain.</source>
        <translation>Empfängt die Webhooks von Mighty Networks und zeigt die geplanten Events.

Weitere Befehle:
  eventwatch export --help   Die gespeicherten Events als CSV, JSON oder NDJSON ausgeben.
  eventwatch token --help    Das Webhook-Token im Schlüsselbund des Systems erzeugen, anzeigen, setzen oder löschen.</translation>
    </message>
    <message>
        <source>unknown command: %1 (see --help)</source>
        <translation>unbekannter Befehl: %1 (siehe --help)</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir darf nicht leer sein</translation>
    </message>
    <message>
        <source>--bind: %1 is not an IP address</source>
        <translation>--bind: %1 ist keine IP-Adresse</translation>
    </message>
    <message>
        <source>--port: %1 is not a port number (0-65535)</source>
        <translation>--port: %1 ist keine Portnummer (0–65535)</translation>
    </message>
    <message>
        <source>--max-body: give a number of bytes from 1 to %1</source>
        <translation>--max-body: eine Anzahl Bytes von 1 bis %1 angeben</translation>
    </message>
    <message>
        <source>--no-auth and --token-file exclude each other</source>
        <translation>--no-auth und --token-file schließen sich gegenseitig aus</translation>
    </message>
    <message>
        <source>--no-auth is refused on %1: without a token only a loopback address may be used</source>
        <translation>--no-auth wird auf %1 abgelehnt: ohne Token ist nur eine Loopback-Adresse erlaubt</translation>
    </message>
    <message>
        <source>With --headless: put the receiver on a public address with &lt;tool&gt;: ngrok, cloudflared or none (default: none).</source>
        <translation>Mit --headless: den Empfänger mit &lt;tool&gt; unter einer öffentlichen Adresse erreichbar machen: ngrok, cloudflared oder none (Standard: none).</translation>
    </message>
    <message>
        <source>--tunnel: %1 is not ngrok, cloudflared or none</source>
        <translation>--tunnel: %1 ist weder ngrok noch cloudflared noch none</translation>
    </message>
    <message>
        <source>--tunnel is for --headless; the window sets the tunnel in Settings (Ctrl+,)</source>
        <translation>--tunnel gilt nur mit --headless; im Fenster wird der Tunnel in den Einstellungen (Strg+,) festgelegt</translation>
    </message>
    <message>
        <source>With --headless: read the calendar feed&apos;s token from &lt;file&gt; (must not be readable by others) instead of the system keychain.</source>
        <translation>Mit --headless: das Token des Kalender-Feeds aus &lt;file&gt; lesen (darf für andere nicht lesbar sein) statt aus dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>--feed-token-file is for --headless; the window keeps the feed token in the keychain (Settings, Calendar feed)</source>
        <translation>--feed-token-file gilt für --headless; das Fenster bewahrt das Feed-Token im Schlüsselbund auf (Einstellungen, Kalender-Feed)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>%1 kann nicht eingerichtet werden: %2</translation>
    </message>
</context>
<context>
    <name>DeliveriesView</name>
    <message>
        <source>Deliveries</source>
        <translation>Zustellungen</translation>
    </message>
    <message>
        <source>Filter by type, reason, address, event id or status</source>
        <translation>Nach Typ, Grund, Adresse, Event-ID oder Status filtern</translation>
    </message>
    <message>
        <source>Which attempts to show</source>
        <translation>Welche Versuche angezeigt werden</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Read the deliveries again</source>
        <translation>Die Zustellungen neu einlesen</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>All attempts</source>
        <translation>Alle Versuche</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Angenommen</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Wiederholt</translation>
    </message>
    <message>
        <source>No deliveries match the filter.</source>
        <translation>Keine Zustellung passt zum Filter.</translation>
    </message>
    <message>
        <source>No deliveries yet. Deliveries and refused attempts show up here as they arrive.</source>
        <translation>Noch keine Zustellungen. Zustellungen und abgelehnte Versuche erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Die Zustellungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the newest %1</source>
        <translation>die neuesten %1</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 Eintrag</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 Einträge</translation>
    </message>
    <message>
        <source>In the last 24 hours: %1; %2</source>
        <translation>In den letzten 24 Stunden: %1; %2</translation>
    </message>
    <message>
        <source>nothing refused</source>
        <translation>nichts abgelehnt</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × other reasons</source>
        <translation>%1 × andere Gründe</translation>
    </message>
    <message>
        <source>%1 refused — %2</source>
        <translation>%1 abgelehnt – %2</translation>
    </message>
    <message>
        <source>no delivery was retried</source>
        <translation>keine Zustellung wurde wiederholt</translation>
    </message>
    <message>
        <source>1 delivery was retried by Mighty Networks</source>
        <translation>1 Zustellung wurde von Mighty Networks wiederholt</translation>
    </message>
    <message>
        <source>%1 deliveries were retried by Mighty Networks</source>
        <translation>%1 Zustellungen wurden von Mighty Networks wiederholt</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Local time of the attempt; for a retried delivery, of its latest attempt</source>
        <translation>Ortszeit des Versuchs; bei einer wiederholten Zustellung die des letzten Versuchs</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>Event-ID</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 abgelehnt</translation>
    </message>
    <message>
        <source>%1 stored</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <source>Refused with HTTP %1: %2</source>
        <translation>Mit HTTP %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Pfad: %1</translation>
    </message>
    <message>
        <source>Stored delivery %1</source>
        <translation>Gespeicherte Zustellung %1</translation>
    </message>
    <message>
        <source>Mighty Networks sent it %1 times; the time is that of the latest.</source>
        <translation>Mighty Networks hat sie %1-mal gesendet; die Zeit ist die des letzten Versuchs.</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Zeitpunkt: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryLogQuery</name>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>retried once</source>
        <translation>einmal wiederholt</translation>
    </message>
    <message>
        <source>retried %1 times</source>
        <translation>%1-mal wiederholt</translation>
    </message>
</context>
<context>
    <name>DeliveryWriter</name>
    <message>
        <source>cannot prepare statements: %1</source>
        <translation>die SQL-Anweisungen können nicht vorbereitet werden: %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <source>there is no notification area</source>
        <translation>es gibt keinen Benachrichtigungsbereich</translation>
    </message>
    <message>
        <source>Desktop notifications are off: no notification service answers.</source>
        <translation>Desktop-Benachrichtigungen sind aus: Kein Benachrichtigungsdienst antwortet.</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <source>Select an event to see its details</source>
        <translation>Wählen Sie ein Event aus, um seine Details zu sehen</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Event</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Ihre Zeit:</translation>
    </message>
    <message>
        <source>Event time:</source>
        <translation>Zeit des Events:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Dauer:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Typ:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Wiederholung:</translation>
    </message>
    <message>
        <source>Open in Mighty Networks</source>
        <translation>In Mighty Networks öffnen</translation>
    </message>
    <message>
        <source>Open the event in your web browser</source>
        <translation>Das Event im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Zeitzone:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation>Empfehlungen:</translation>
    </message>
    <message>
        <source>Ambassador level:</source>
        <translation>Botschafter-Stufe:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Kategorien:</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Profil öffnen</translation>
    </message>
    <message>
        <source>Open the creator&apos;s profile in your web browser</source>
        <translation>Das Profil des Erstellers im Webbrowser öffnen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>RSVPs</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Mitglied</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Termin</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Raw deliveries</source>
        <translation>Rohdaten der Zustellungen</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 T. %2 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Vielleicht</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (zurückgezogen)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation>Wiederholungsregel</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Häufigkeit</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervall</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Link</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Instance canceled</source>
        <translation>Termin abgesagt</translation>
    </message>
    <message>
        <source>%1, every %2</source>
        <translation>%1, alle %2</translation>
    </message>
    <message>
        <source>(%1 more characters: use Copy JSON to get all of it)</source>
        <translation>(%1 weitere Zeichen: mit „JSON kopieren“ erhalten Sie alles)</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Event ohne Titel</translation>
    </message>
    <message>
        <source>%1 · event %2</source>
        <translation>%1 · Event %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Bild</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Mitglied %1</translation>
    </message>
    <message>
        <source>No RSVPs yet.</source>
        <translation>Noch keine Rückmeldungen.</translation>
    </message>
    <message>
        <source>%1 yes · %2 maybe · %3 no</source>
        <translation>%1 ja · %2 vielleicht · %3 nein</translation>
    </message>
    <message>
        <source>RSVPs are turned off.</source>
        <translation>Rückmeldungen sind ausgeschaltet.</translation>
    </message>
    <message>
        <source>RSVPs are closed.</source>
        <translation>Rückmeldungen sind geschlossen.</translation>
    </message>
    <message>
        <source>No changes recorded. Updates to this event will be listed here.</source>
        <translation>Keine Änderungen erfasst. Aktualisierungen dieses Events werden hier aufgeführt.</translation>
    </message>
    <message>
        <source>No deliveries about this event are stored.</source>
        <translation>Zu diesem Event sind keine Zustellungen gespeichert.</translation>
    </message>
    <message>
        <source>The %1 newest of %2 deliveries about this event, newest first.</source>
        <translation>Die %1 neuesten von %2 Zustellungen zu diesem Event, die neueste zuerst.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>Die neueste zuerst.</translation>
    </message>
    <message>
        <source>%1 · received %2 · attempts: %3</source>
        <translation>%1 · empfangen %2 · Versuche: %3</translation>
    </message>
    <message>
        <source>Webhook event id %1</source>
        <translation>Webhook-Event-ID %1</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>JSON kopieren</translation>
    </message>
    <message>
        <source>Copy this delivery&apos;s body to the clipboard</source>
        <translation>Den Inhalt dieser Zustellung in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Kein Bild</translation>
    </message>
</context>
<context>
    <name>EventDetailsQuery</name>
    <message>
        <source>cannot read the event: %1</source>
        <translation>das Event kann nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>cannot read the events: %1</source>
        <translation>die Events können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>cannot read the events from %1: %2</source>
        <translation>die Events aus %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>der Export kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>cannot write the export: only %1 of %2 bytes written</source>
        <translation>der Export kann nicht geschrieben werden: nur %1 von %2 Bytes geschrieben</translation>
    </message>
    <message>
        <source>cannot write the export: the output is not open</source>
        <translation>der Export kann nicht geschrieben werden: die Ausgabe ist nicht geöffnet</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 Min.</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 Std.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 Std. %2 Min.</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>Answers: yes / maybe / no</source>
        <translation>Antworten: ja / vielleicht / nein</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>RSVPs</source>
        <translation>Rückmeldungen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 yes, %2 maybe, %3 no</source>
        <translation>%1 ja, %2 vielleicht, %3 nein</translation>
    </message>
</context>
<context>
    <name>EventTypeText</name>
    <message>
        <source>Local</source>
        <translation>Vor Ort</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Live-Chat</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Online-Meeting</translation>
    </message>
    <message>
        <source>Zoom meeting</source>
        <translation>Zoom-Meeting</translation>
    </message>
    <message>
        <source>Zoom webinar</source>
        <translation>Zoom-Webinar</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinar</translation>
    </message>
    <message>
        <source>Local meetup</source>
        <translation>Treffen vor Ort</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>missing --format; use one of %1</source>
        <translation>--format fehlt; eines von %1 angeben</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>unbekanntes Format „%1“; eines von %2 angeben</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Zeigt diese Hilfe an.</translation>
    </message>
    <message>
        <source>Read the events stored in &lt;DIR&gt; (default: %1).</source>
        <translation>Die in &lt;DIR&gt; gespeicherten Events lesen (Standard: %1).</translation>
    </message>
    <message>
        <source>Write &lt;FORMAT&gt;: %1.</source>
        <translation>&lt;FORMAT&gt; schreiben: %1.</translation>
    </message>
    <message>
        <source>Write to &lt;FILE&gt; instead of standard output. &lt;FILE&gt; is only replaced when the export succeeds.</source>
        <translation>In &lt;FILE&gt; statt in die Standardausgabe schreiben. &lt;FILE&gt; wird nur ersetzt, wenn der Export gelingt.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir darf nicht leer sein</translation>
    </message>
    <message>
        <source>no default data directory here; pass --data-dir DIR</source>
        <translation>hier gibt es kein Standard-Datenverzeichnis; --data-dir DIR angeben</translation>
    </message>
    <message>
        <source>-o must not be empty</source>
        <translation>-o darf nicht leer sein</translation>
    </message>
    <message>
        <source>no Eventwatch data in %1</source>
        <translation>keine Eventwatch-Daten in %1</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n Event nach %1 exportiert</numerusform>
            <numerusform>%n Events nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the events Eventwatch has stored, one row per event: every event, or those the filters select (all of them must match).</source>
        <translation>Gibt die von Eventwatch gespeicherten Events aus, eine Zeile pro Event: alle Events oder die, die die Filter auswählen (alle Filter müssen zutreffen).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]</source>
        <translation>--%1 „%2“ ist kein Datum; verwenden Sie JJJJ-MM-TT oder JJJJ-MM-TTTHH:MM[:SS][Z]</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n event(s) without a start time</source>
        <translation>
            <numerusform>%n Event ohne Beginn übersprungen</numerusform>
            <numerusform>%n Events ohne Beginn übersprungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Aufruf: %1</translation>
    </message>
    <message>
        <source>Only events whose title, summary, location, space or creator has words beginning with every word of &lt;TEXT&gt;.</source>
        <translation>Nur Events, deren Titel, Beschreibung, Ort, Space oder Ersteller Wörter enthält, die mit jedem Wort aus &lt;TEXT&gt; beginnen.</translation>
    </message>
    <message>
        <source>Only events in the space &lt;NAME&gt; (or id); repeat for any of several.</source>
        <translation>Nur Events im Space &lt;NAME&gt; (oder ID); mehrfach angeben für einen von mehreren.</translation>
    </message>
    <message>
        <source>Only events created by &lt;NAME&gt; (or id); repeat for any of several.</source>
        <translation>Nur Events, die &lt;NAME&gt; (oder ID) erstellt hat; mehrfach angeben für einen von mehreren.</translation>
    </message>
    <message>
        <source>Only events of the type &lt;TYPE&gt; (local, online, ...); repeat for any of several.</source>
        <translation>Nur Events der Art &lt;TYPE&gt; (local, online, …); mehrfach angeben für eine von mehreren.</translation>
    </message>
    <message>
        <source>Only events starting at or after &lt;DATE&gt; (YYYY-MM-DD: its local midnight, or an ISO 8601 time).</source>
        <translation>Nur Events, die am oder nach &lt;DATE&gt; beginnen (JJJJ-MM-TT: dessen Mitternacht Ortszeit, oder eine Zeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>Only events starting before the end of &lt;DATE&gt; (a day included; or before an ISO 8601 time).</source>
        <translation>Nur Events, die vor dem Ende von &lt;DATE&gt; beginnen (ein Tag zählt ganz mit; oder vor einer Zeit nach ISO 8601).</translation>
    </message>
    <message>
        <source>CSV only: begin with a UTF-8 byte-order mark, so that Excel reads the text correctly.</source>
        <translation>Nur CSV: mit einer UTF-8-Bytereihenfolgemarke beginnen, damit Excel den Text richtig liest.</translation>
    </message>
    <message>
        <source>--excel only applies to --format csv</source>
        <translation>--excel gilt nur für --format csv</translation>
    </message>
    <message>
        <source>no space named &apos;%1&apos; among the stored events</source>
        <translation>kein Space namens „%1“ unter den gespeicherten Events</translation>
    </message>
    <message>
        <source>no creator named &apos;%1&apos; among the stored events</source>
        <translation>kein Ersteller namens „%1“ unter den gespeicherten Events</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Events</source>
        <translation>Events exportieren</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>For E&amp;xcel</source>
        <translation>Für E&amp;xcel</translation>
    </message>
    <message>
        <source>Begins the file with a UTF-8 byte-order mark, so that Excel reads accents and emoji correctly.</source>
        <translation>Beginnt die Datei mit einer UTF-8-Bytereihenfolgemarke, damit Excel Akzente und Emojis richtig liest.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Events:</translation>
    </message>
    <message>
        <source>&amp;Shown in the table</source>
        <translation>In der &amp;Tabelle angezeigt</translation>
    </message>
    <message>
        <source>Se&amp;lected</source>
        <translation>&amp;Ausgewählt</translation>
    </message>
    <message>
        <source>&amp;All events</source>
        <translation>A&amp;lle Events</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (Tabellenkalkulation)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>NDJSON (one JSON object a line)</source>
        <translation>NDJSON (ein JSON-Objekt pro Zeile)</translation>
    </message>
    <message>
        <source>iCalendar (calendar applications)</source>
        <translation>iCalendar (Kalenderprogramme)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Shown in the table (%1)</source>
        <translation>In der &amp;Tabelle angezeigt (%1)</translation>
    </message>
    <message>
        <source>Se&amp;lected (%1)</source>
        <translation>&amp;Ausgewählt (%1)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die Zieldatei.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen …</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Datei ersetzen</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existiert bereits. Möchten Sie die Datei ersetzen?</translation>
    </message>
    <message>
        <source>Counting the events…</source>
        <translation>Events werden gezählt …</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 events…</source>
        <translation>%1 von %2 Events werden exportiert …</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln Event nach %1 exportiert.</numerusform>
            <numerusform>%Ln Events nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a start time were left out.</source>
        <translation>
            <numerusform>%Ln Event ohne Beginn wurde ausgelassen.</numerusform>
            <numerusform>%Ln Events ohne Beginn wurden ausgelassen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export abgebrochen. Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was written.</source>
        <translation>Der Export ist fehlgeschlagen: %1. Es wurde nichts geschrieben.</translation>
    </message>
</context>
<context>
    <name>ExportFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, summary, location, space, creator</source>
        <translation>Titel, Beschreibung, Ort, Space, Ersteller durchsuchen</translation>
    </message>
    <message>
        <source>Show only events in the chosen spaces</source>
        <translation>Nur Events in den gewählten Spaces zeigen</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Space</translation>
    </message>
    <message>
        <source>Show only events created by the chosen members</source>
        <translation>Nur Events der gewählten Mitglieder zeigen</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Ersteller</translation>
    </message>
    <message>
        <source>Show only events of the chosen types</source>
        <translation>Nur Events der gewählten Typen zeigen</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>When the events start</source>
        <translation>Wann die Events beginnen</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Jederzeit</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>Demnächst</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Vergangen</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum …</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Erster Tag des Zeitraums</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Letzter Tag des Zeitraums</translation>
    </message>
    <message>
        <source>New since I last looked</source>
        <translation>Neu seit meinem letzten Besuch</translation>
    </message>
    <message>
        <source>Remove every filter (Esc twice)</source>
        <translation>Alle Filter entfernen (zweimal Esc)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Filter zurücksetzen</translation>
    </message>
    <message>
        <source>Show only events received after %1</source>
        <translation>Nur Events zeigen, die nach %1 empfangen wurden</translation>
    </message>
    <message>
        <source>Available once you have looked at the events</source>
        <translation>Verfügbar, sobald Sie die Events angesehen haben</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to choose yet</source>
        <translation>Noch nichts zur Auswahl</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Suche: „%1“</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>New since %1</source>
        <translation>Neu seit %1</translation>
    </message>
    <message>
        <source>Events from a notification</source>
        <translation>Events aus einer Benachrichtigung</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>„%1“ entfernen</translation>
    </message>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1: %2 gewählt</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 Event</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 Events</translation>
    </message>
    <message>
        <source>%1 of 1 event</source>
        <translation>%1 von 1 Event</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 von %2 Events</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Connect Mighty Networks to Eventwatch</source>
        <translation>Mighty Networks mit Eventwatch verbinden</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Überspringen</translation>
    </message>
    <message>
        <source>Close this guide; Help → Connect Mighty Networks… opens it again.</source>
        <translation>Diesen Assistenten schließen; Hilfe → Mighty Networks verbinden … öffnet ihn wieder.</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>tunnel: starting ngrok</source>
        <translation>Tunnel: ngrok wird gestartet</translation>
    </message>
    <message>
        <source>tunnel: %1</source>
        <translation>Tunnel: %1</translation>
    </message>
    <message>
        <source>the calendar feed is off: %1</source>
        <translation>der Kalender-Feed ist aus: %1</translation>
    </message>
    <message>
        <source>the calendar feed&apos;s token must differ from the webhook token</source>
        <translation>das Token des Kalender-Feeds muss sich vom Webhook-Token unterscheiden</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Eventwatch</source>
        <translation>Eventwatch</translation>
    </message>
    <message>
        <source>&amp;Events</source>
        <translation>&amp;Events</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Noch keine Events</translation>
    </message>
    <message>
        <source>&amp;Copy webhook URL</source>
        <translation>Webhook-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>Send &amp;test delivery</source>
        <translation>&amp;Testzustellung senden</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Zustellungen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Send &amp;Test Delivery</source>
        <translation>&amp;Testzustellung senden</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>Zeilen &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Suchen …</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen …</translation>
    </message>
    <message>
        <source>Mark All as &amp;Seen</source>
        <translation>Alle als &amp;gesehen markieren</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;About Eventwatch</source>
        <translation>&amp;Über Eventwatch</translation>
    </message>
    <message>
        <source>Cannot read the event store: %1</source>
        <translation>Der Event-Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Noch keine Zustellungen</translation>
    </message>
    <message>
        <source>Ctrl+,</source>
        <translation>Ctrl+,</translation>
    </message>
    <message>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
    <message>
        <source>Webhook URL copied</source>
        <translation>Webhook-URL kopiert</translation>
    </message>
    <message>
        <source>This event is no longer stored.</source>
        <translation>Dieses Event ist nicht mehr gespeichert.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n Event</numerusform>
            <numerusform>%n Events</numerusform>
        </translation>
    </message>
    <message>
        <source>Last delivery %1</source>
        <translation>Letzte Zustellung um %1</translation>
    </message>
    <message>
        <source>Refused a delivery: %1 %2</source>
        <translation>Zustellung abgelehnt: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n Zeile kopiert</numerusform>
            <numerusform>%n Zeilen kopiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a token, Eventwatch only listens on a loopback address such as 127.0.0.1.</source>
        <translation>Ohne Token lauscht Eventwatch nur auf einer Loopback-Adresse wie 127.0.0.1.</translation>
    </message>
    <message>
        <source>Now listening on %1</source>
        <translation>Lauscht jetzt auf %1</translation>
    </message>
    <message>
        <source>%1. Eventwatch keeps listening on %2.</source>
        <translation>%1. Eventwatch lauscht weiter auf %2.</translation>
    </message>
    <message>
        <source>The receiver is not running, so there is nothing to send to.</source>
        <translation>Der Empfänger läuft nicht, daher gibt es kein Ziel für die Zustellung.</translation>
    </message>
    <message>
        <source>Sending a test delivery…</source>
        <translation>Testzustellung wird gesendet …</translation>
    </message>
    <message>
        <source>About Eventwatch</source>
        <translation>Über Eventwatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Eventwatch %1&lt;/h3&gt;&lt;p&gt;Receives Mighty Networks webhooks, keeps every delivery on this computer and shows the scheduled events.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eventwatch %1&lt;/h3&gt;&lt;p&gt;Empfängt die Webhooks von Mighty Networks, bewahrt jede Zustellung auf diesem Computer auf und zeigt die geplanten Events.&lt;/p&gt;&lt;p&gt;Daten: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Lauscht auf %1</translation>
    </message>
    <message>
        <source>Eventwatch is ready. In your Mighty Networks admin, register this address as the webhook URL (through a tunnel such as cloudflared or ngrok for a public HTTPS address), and give the webhook token as its API key. New events appear here as they arrive.</source>
        <translation>Eventwatch ist bereit. Tragen Sie in der Verwaltung von Mighty Networks diese Adresse als Webhook-URL ein (über einen Tunnel wie cloudflared oder ngrok, der eine öffentliche HTTPS-Adresse bereitstellt) und geben Sie das Webhook-Token als API-Schlüssel an. Neue Events erscheinen hier, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Reading the webhook token…</source>
        <translation>Webhook-Token wird gelesen …</translation>
    </message>
    <message>
        <source>Not receiving: no webhook token</source>
        <translation>Kein Empfang: kein Webhook-Token</translation>
    </message>
    <message>
        <source>Eventwatch receives no deliveries until a webhook token is set: open Settings (Ctrl+,) and click Generate.</source>
        <translation>Eventwatch empfängt keine Zustellungen, bis ein Webhook-Token gesetzt ist: Öffnen Sie die Einstellungen (Strg+,) und klicken Sie auf „Erzeugen“.</translation>
    </message>
    <message>
        <source>Not receiving: the keychain is unavailable</source>
        <translation>Kein Empfang: der Schlüsselbund ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Eventwatch is not receiving deliveries: %1.</source>
        <translation>Eventwatch empfängt keine Zustellungen: %1.</translation>
    </message>
    <message>
        <source>the receiver is stopped</source>
        <translation>der Empfänger ist angehalten</translation>
    </message>
    <message>
        <source>Not receiving: %1</source>
        <translation>Kein Empfang: %1</translation>
    </message>
    <message>
        <source>Eventwatch is not receiving deliveries: %1. Change the port in Settings (Ctrl+,) or stop the program that uses it.</source>
        <translation>Eventwatch empfängt keine Zustellungen: %1. Ändern Sie den Port in den Einstellungen (Strg+,) oder beenden Sie das Programm, das ihn belegt.</translation>
    </message>
    <message>
        <source>Reading token…</source>
        <translation>Token wird gelesen …</translation>
    </message>
    <message>
        <source>Reading the webhook token from the system keychain.</source>
        <translation>Das Webhook-Token wird aus dem Schlüsselbund des Systems gelesen.</translation>
    </message>
    <message>
        <source>Token set</source>
        <translation>Token gesetzt</translation>
    </message>
    <message>
        <source>A webhook token is set: deliveries without it are refused.</source>
        <translation>Ein Webhook-Token ist gesetzt: Zustellungen ohne dieses Token werden abgelehnt.</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>No webhook token is set yet: generate one in Settings (Ctrl+,).</source>
        <translation>Noch kein Webhook-Token gesetzt: Erzeugen Sie eines in den Einstellungen (Strg+,).</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <source>No token: testing only</source>
        <translation>Kein Token: nur zum Testen</translation>
    </message>
    <message>
        <source>No webhook token is required: any local program can post deliveries.</source>
        <translation>Kein Webhook-Token erforderlich: Jedes lokale Programm kann Zustellungen senden.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren …</translation>
    </message>
    <message>
        <source>&amp;Connect Mighty Networks…</source>
        <translation>Mighty Networks &amp;verbinden …</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Calendar &amp;feed</source>
        <translation>Ka&amp;lender-Feed</translation>
    </message>
    <message>
        <source>Check from &amp;Outside</source>
        <translation>Von &amp;außen prüfen</translation>
    </message>
    <message>
        <source>Post a test delivery to the public webhook URL and confirm it comes back in</source>
        <translation>Eine Testzustellung an die öffentliche Webhook-URL senden und prüfen, ob sie wieder ankommt</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Webhook URL: %2</source>
        <translation>%1
Webhook-URL: %2</translation>
    </message>
    <message>
        <source>The receiver is not running, so nothing can come back in.</source>
        <translation>Der Empfänger läuft nicht, daher kann nichts ankommen.</translation>
    </message>
    <message>
        <source>There is no public URL yet: choose a tunnel or enter the address in Settings (Ctrl+,) → Public URL.</source>
        <translation>Es gibt noch keine öffentliche URL: Wählen Sie einen Tunnel oder geben Sie die Adresse unter Einstellungen (Strg+,) → Öffentliche URL ein.</translation>
    </message>
    <message>
        <source>Checking %1 from outside…</source>
        <translation>%1 wird von außen geprüft …</translation>
    </message>
    <message>
        <source>&amp;Public URL</source>
        <translation>Öffentliche &amp;URL</translation>
    </message>
    <message>
        <source>First delivery received</source>
        <translation>Erste Zustellung empfangen</translation>
    </message>
</context>
<context>
    <name>NgrokApiClient</name>
    <message>
        <source>no ngrok agent answers at %1</source>
        <translation>unter %1 antwortet kein ngrok-Agent</translation>
    </message>
    <message>
        <source>the ngrok API at %1 answered too slowly or too much</source>
        <translation>die ngrok-API unter %1 hat zu langsam oder mit zu vielen Daten geantwortet</translation>
    </message>
    <message>
        <source>the ngrok API at %1 failed: %2</source>
        <translation>die ngrok-API unter %1 meldet einen Fehler: %2</translation>
    </message>
    <message>
        <source>%1 does not answer like an ngrok agent</source>
        <translation>%1 antwortet nicht wie ein ngrok-Agent</translation>
    </message>
</context>
<context>
    <name>NotificationController</name>
    <message>
        <source>Notifications off</source>
        <translation>Benachrichtigungen aus</translation>
    </message>
    <message>
        <source>Notifications are off: %1</source>
        <translation>Benachrichtigungen sind aus: %1</translation>
    </message>
    <message>
        <source>Eventwatch is still receiving</source>
        <translation>Eventwatch empfängt weiter</translation>
    </message>
    <message>
        <source>It keeps running in the system tray. To quit, choose Quit in the tray icon&apos;s menu.</source>
        <translation>Es läuft im Systemabschnitt der Kontrollleiste weiter. Zum Beenden wählen Sie „Beenden“ im Menü des Symbols.</translation>
    </message>
    <message>
        <source>Quit Eventwatch?</source>
        <translation>Eventwatch beenden?</translation>
    </message>
    <message>
        <source>While Eventwatch is not running, deliveries from Mighty Networks are refused. Mighty Networks retries them for a few hours.</source>
        <translation>Solange Eventwatch nicht läuft, werden Zustellungen von Mighty Networks abgelehnt. Mighty Networks wiederholt sie einige Stunden lang.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
</context>
<context>
    <name>NotificationLedger</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>%1 kann nicht vorbereitet werden: %2</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>&amp;Desktop-Benachrichtigungen anzeigen</translation>
    </message>
    <message>
        <source>Tell me about</source>
        <translation>Benachrichtigen über</translation>
    </message>
    <message>
        <source>&amp;New events</source>
        <translation>&amp;Neue Events</translation>
    </message>
    <message>
        <source>Updates that &amp;move an event to another time or place</source>
        <translation>Änderungen, die ein Event &amp;verschieben (Zeit oder Ort)</translation>
    </message>
    <message>
        <source>&amp;Cancellations</source>
        <translation>Ab&amp;sagen</translation>
    </message>
    <message>
        <source>RSVP &amp;milestones: the first “yes”, then 10, 25, 50, 100…</source>
        <translation>&amp;Meilensteine bei Rückmeldungen: das erste „Ja“, dann 10, 25, 50, 100 …</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>&amp;Erinnern</translation>
    </message>
    <message>
        <source>Minutes before an event starts</source>
        <translation>Minuten vor Beginn eines Events</translation>
    </message>
    <message>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <source>before an event starts</source>
        <translation>vor Beginn eines Events</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Ruhezeiten</translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation>Keine Benachrichtigungen von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Mute spaces</source>
        <translation>Spaces stummschalten</translation>
    </message>
    <message>
        <source>No notifications about events in the spaces checked here.</source>
        <translation>Keine Benachrichtigungen zu Events in den hier angehakten Spaces.</translation>
    </message>
    <message>
        <source>Muted spaces</source>
        <translation>Stummgeschaltete Spaces</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Space %1</translation>
    </message>
    <message>
        <source>No spaces yet: they appear with their first event.</source>
        <translation>Noch keine Spaces: Sie erscheinen mit ihrem ersten Event.</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message numerus="yes">
        <source>%n new events</source>
        <comment>more than three</comment>
        <translation>
            <numerusform>%n neues Event</numerusform>
            <numerusform>%n neue Events</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 new events in 3 spaces</comment>
        <translation>%1 in %2</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces</source>
        <comment>two or more</comment>
        <translation>
            <numerusform>%n Space</numerusform>
            <numerusform>%n Spaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Event ohne Titel</translation>
    </message>
    <message>
        <source>They arrived together. Click to see them in Eventwatch.</source>
        <translation>Sie sind gleichzeitig eingetroffen. Klicken Sie, um sie in Eventwatch zu sehen.</translation>
    </message>
    <message>
        <source>No start time given</source>
        <translation>Keine Anfangszeit angegeben</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Verlegt nach %1</translation>
    </message>
    <message>
        <source>Moved to a new time</source>
        <translation>Auf eine neue Zeit verschoben</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Abgesagt</translation>
    </message>
    <message>
        <source>First “yes”</source>
        <translation>Erstes „Ja“</translation>
    </message>
    <message numerus="yes">
        <source>%n people said “yes”</source>
        <comment>ten or more</comment>
        <translation>
            <numerusform>%n Person hat „Ja“ gesagt</numerusform>
            <numerusform>%n Personen haben „Ja“ gesagt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n min</source>
        <translation>
            <numerusform>Beginnt in %n Min.</numerusform>
            <numerusform>Beginnt in %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1 · by %2</source>
        <translation>In %1 · von %2</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Von %1</translation>
    </message>
</context>
<context>
    <name>ProfileId</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>PublicUrlCheck</name>
    <message>
        <source>DNS: the host %1 is not found. Check the public URL; a quick tunnel gets a new address each time it starts.</source>
        <translation>DNS: Der Host %1 wurde nicht gefunden. Prüfen Sie die öffentliche URL; ein Schnelltunnel erhält bei jedem Start eine neue Adresse.</translation>
    </message>
    <message>
        <source>The tunnel is down: %1 did not answer (%2). Check that the tunnel runs.</source>
        <translation>Der Tunnel ist ausgefallen: %1 hat nicht geantwortet (%2). Prüfen Sie, ob der Tunnel läuft.</translation>
    </message>
    <message>
        <source>The tunnel is down: %1 answered %2 for it. Check that the tunnel runs and forwards to Eventwatch&apos;s port.</source>
        <translation>Der Tunnel ist ausgefallen: %1 hat dafür mit %2 geantwortet. Prüfen Sie, ob der Tunnel läuft und an den Port von Eventwatch weiterleitet.</translation>
    </message>
    <message>
        <source>Wrong token: Eventwatch answered through the tunnel but refused the token (401).</source>
        <translation>Falsches Token: Eventwatch hat über den Tunnel geantwortet, aber das Token abgelehnt (401).</translation>
    </message>
    <message>
        <source>Passed: the test delivery went out to %1 and came back in.</source>
        <translation>Bestanden: Die Testzustellung wurde an %1 gesendet und ist wieder angekommen.</translation>
    </message>
    <message>
        <source>The test delivery was answered, but the store cannot be read: %1</source>
        <translation>Die Testzustellung wurde beantwortet, aber der Event-Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Wrong port or service: %1 answered %2, but the delivery did not arrive here. The tunnel forwards to another port or program.</source>
        <translation>Falscher Port oder Dienst: %1 hat mit %2 geantwortet, aber die Zustellung ist hier nicht angekommen. Der Tunnel leitet an einen anderen Port oder ein anderes Programm weiter.</translation>
    </message>
    <message>
        <source>%1 answered %2 (%3).</source>
        <translation>%1 hat mit %2 geantwortet (%3).</translation>
    </message>
</context>
<context>
    <name>PublicUrlPanel</name>
    <message>
        <source>Mighty Networks reaches Eventwatch only through a public HTTPS address. A tunnel gives this computer one.</source>
        <translation>Mighty Networks erreicht Eventwatch nur über eine öffentliche HTTPS-Adresse. Ein Tunnel stellt diesem Computer eine bereit.</translation>
    </message>
    <message>
        <source>Public address from</source>
        <translation>Öffentliche Adresse über</translation>
    </message>
    <message>
        <source>&amp;No tunnel: I enter the public URL myself</source>
        <translation>&amp;Kein Tunnel: Ich gebe die öffentliche URL selbst ein</translation>
    </message>
    <message>
        <source>https://events.example.com</source>
        <translation>https://events.example.com</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>Öffentliche URL</translation>
    </message>
    <message>
        <source>n&amp;grok</source>
        <translation>n&amp;grok</translation>
    </message>
    <message>
        <source>&amp;cloudflared (a quick tunnel, no account needed)</source>
        <translation>&amp;cloudflared (ein Schnelltunnel, kein Konto nötig)</translation>
    </message>
    <message>
        <source>&amp;Start ngrok</source>
        <translation>ngrok &amp;starten</translation>
    </message>
    <message>
        <source>&amp;Webhook URL for Mighty Networks:</source>
        <translation>&amp;Webhook-URL für Mighty Networks:</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>K&amp;opieren</translation>
    </message>
    <message>
        <source>Check from &amp;outside</source>
        <translation>Von außen &amp;prüfen</translation>
    </message>
    <message>
        <source>Posts a test delivery to the public webhook URL and confirms that it comes back in.</source>
        <translation>Sendet eine Testzustellung an die öffentliche Webhook-URL und prüft, ob sie wieder ankommt.</translation>
    </message>
    <message>
        <source>Webhook URL copied.</source>
        <translation>Webhook-URL kopiert.</translation>
    </message>
    <message>
        <source>Enter an address such as https://events.example.com.</source>
        <translation>Geben Sie eine Adresse wie https://events.example.com ein.</translation>
    </message>
    <message>
        <source>Neither ngrok nor cloudflared is installed. Install one of them, then choose it here: &lt;a href=&quot;https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/&quot;&gt;cloudflared&lt;/a&gt; (no account needed; on Debian the cloudflared .deb from Cloudflare) or &lt;a href=&quot;https://ngrok.com/download&quot;&gt;ngrok&lt;/a&gt; (a free account and &lt;code&gt;ngrok config add-authtoken&lt;/code&gt;).</source>
        <translation>Weder ngrok noch cloudflared ist installiert. Installieren Sie eines davon und wählen Sie es dann hier aus: &lt;a href=&quot;https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/&quot;&gt;cloudflared&lt;/a&gt; (kein Konto nötig; unter Debian das .deb-Paket von cloudflared von Cloudflare) oder &lt;a href=&quot;https://ngrok.com/download&quot;&gt;ngrok&lt;/a&gt; (ein kostenloses Konto und &lt;code&gt;ngrok config add-authtoken&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>Sending a test delivery through the public URL…</source>
        <translation>Testzustellung wird über die öffentliche URL gesendet …</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>its unlock prompt was dismissed or could not be shown</source>
        <translation>die Entsperrabfrage wurde abgebrochen oder konnte nicht angezeigt werden</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is %1</source>
        <translation>es gibt keinen D-Bus-Sitzungsbus: DBUS_SESSION_BUS_ADDRESS ist %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>nicht gesetzt</translation>
    </message>
    <message>
        <source>set, but nobody answers there</source>
        <translation>gesetzt, aber dort antwortet niemand</translation>
    </message>
</context>
<context>
    <name>ReceiverService</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>das Datenverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>no webhook token is set</source>
        <translation>kein Webhook-Token gesetzt</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>the database was written by a newer Eventwatch (schema %1)</source>
        <translation>die Datenbank wurde von einer neueren Eventwatch-Version geschrieben (Schema %1)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>no token is set yet</source>
        <translation>noch kein Token gesetzt</translation>
    </message>
    <message>
        <source>the system keychain is locked (%1). Unlock it (log in to the desktop, or unlock the &quot;Login&quot; keyring), or start Eventwatch with --token-file FILE</source>
        <translation>der Schlüsselbund des Systems ist gesperrt (%1). Entsperren Sie ihn (am Desktop anmelden oder den Schlüsselbund „Anmeldung“ entsperren) oder starten Sie Eventwatch mit --token-file FILE</translation>
    </message>
    <message>
        <source>the system keychain cannot be reached (%1). Run Eventwatch in a desktop session with a Secret Service such as GNOME Keyring or KWallet, or start it with --token-file FILE</source>
        <translation>der Schlüsselbund des Systems ist nicht erreichbar (%1). Führen Sie Eventwatch in einer Desktop-Sitzung mit einem Secret Service wie GNOME Keyring oder KWallet aus oder starten Sie es mit --token-file FILE</translation>
    </message>
    <message>
        <source>the system keychain reported an error: %1</source>
        <translation>der Schlüsselbund des Systems meldet einen Fehler: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation>%1 ist keine gültige Einstellungsdatei</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <source>&amp;Listen on address:</source>
        <translation>Auf A&amp;dresse lauschen:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Largest &amp;delivery:</source>
        <translation>Größte &amp;Zustellung:</translation>
    </message>
    <message>
        <source>Larger deliveries are refused with 413 Payload Too Large</source>
        <translation>Größere Zustellungen werden mit 413 Payload Too Large abgelehnt</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> KiB</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Datenverzeichnis:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>Ordner ö&amp;ffnen</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Applied the next time Eventwatch starts.</source>
        <translation>Wird beim nächsten Start von Eventwatch übernommen.</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>System (%1)</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Übernommen.</translation>
    </message>
    <message>
        <source>The receiver uses the new values, but they could not be saved: %1</source>
        <translation>Der Empfänger verwendet die neuen Werte, sie konnten aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The notification settings apply now but could not be saved: %1</source>
        <translation>Die Benachrichtigungseinstellungen gelten ab sofort, konnten aber nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>Die Sprache konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Restarting the receiver…</source>
        <translation>Empfänger wird neu gestartet …</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 existiert noch nicht.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Kein Dateimanager konnte %1 öffnen.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>Geben Sie eine IP-Adresse ein, etwa 127.0.0.1 (nur dieser Computer) oder 0.0.0.0 (alle Netzwerke).</translation>
    </message>
    <message>
        <source>Only this computer can connect. A tunnel running here (cloudflared, ngrok) reaches it; this is the safe choice.</source>
        <translation>Nur dieser Computer kann sich verbinden. Ein hier laufender Tunnel (cloudflared, ngrok) erreicht ihn; das ist die sichere Wahl.</translation>
    </message>
    <message>
        <source>Every network this computer is on can reach the receiver. Use this only when the tunnel runs on another machine.</source>
        <translation>Jedes Netzwerk, mit dem dieser Computer verbunden ist, erreicht den Empfänger. Nur verwenden, wenn der Tunnel auf einem anderen Rechner läuft.</translation>
    </message>
    <message>
        <source>Other computers that can reach %1 can send to the receiver. A tunnel on this computer only needs 127.0.0.1.</source>
        <translation>Andere Computer, die %1 erreichen, können an den Empfänger senden. Ein Tunnel auf diesem Computer braucht nur 127.0.0.1.</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Benutzeroberfläche</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>TestDeliverySender</name>
    <message>
        <source>The test delivery was received and stored.</source>
        <translation>Die Testzustellung wurde empfangen und gespeichert.</translation>
    </message>
    <message>
        <source>The receiver answered %1: %2</source>
        <translation>Der Empfänger hat mit %1 geantwortet: %2</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Keine Antwort von %1: %2</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Paste the token, then press Enter:</source>
        <translation>Token einfügen, dann die Eingabetaste drücken:</translation>
    </message>
    <message>
        <source>The data directory whose token is meant (default: %1).</source>
        <translation>Das Datenverzeichnis, dessen Token gemeint ist (Standard: %1).</translation>
    </message>
    <message>
        <source>generate: replace a token that is already set.</source>
        <translation>generate: ein bereits gesetztes Token ersetzen.</translation>
    </message>
    <message>
        <source>give one of generate, show, set, clear (see `eventwatch token --help`)</source>
        <translation>eines von generate, show, set, clear angeben (siehe `eventwatch token --help`)</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir darf nicht leer sein</translation>
    </message>
    <message>
        <source>unknown token action &apos;%1&apos;: use generate, show, set or clear</source>
        <translation>unbekannte Token-Aktion „%1“: generate, show, set oder clear verwenden</translation>
    </message>
    <message>
        <source>a webhook token is already set for %1 and Mighty Networks may be using it; `eventwatch token show` prints it, `eventwatch token generate --replace` replaces it</source>
        <translation>für %1 ist bereits ein Webhook-Token gesetzt, und Mighty Networks verwendet es womöglich; `eventwatch token show` gibt es aus, `eventwatch token generate --replace` ersetzt es</translation>
    </message>
    <message>
        <source>Stored a new webhook token for %1 in the system keychain. Give it to Mighty Networks as the webhook&apos;s API key; `eventwatch token show` prints it again.</source>
        <translation>Ein neues Webhook-Token für %1 wurde im Schlüsselbund des Systems gespeichert. Geben Sie es Mighty Networks als API-Schlüssel des Webhooks; `eventwatch token show` gibt es erneut aus.</translation>
    </message>
    <message>
        <source>Stored the webhook token for %1.</source>
        <translation>Das Webhook-Token für %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Removed the webhook token of %1: deliveries are refused until a new one is set.</source>
        <translation>Das Webhook-Token von %1 wurde entfernt: Zustellungen werden abgelehnt, bis ein neues gesetzt ist.</translation>
    </message>
    <message>
        <source>Usage: eventwatch token generate|show|set|clear [--data-dir DIR]

The webhook token Mighty Networks sends as its API key, kept in the system keychain.
  generate  create a random token, store it and print it (last line)
  show      print the stored token
  set       store a token read from standard input
  clear     remove the stored token</source>
        <translation>Aufruf: eventwatch token generate|show|set|clear [--data-dir DIR]

Das Webhook-Token, das Mighty Networks als API-Schlüssel sendet, aufbewahrt im Schlüsselbund des Systems.
  generate  ein zufälliges Token erzeugen, speichern und ausgeben (letzte Zeile)
  show      das gespeicherte Token ausgeben
  set       ein Token von der Standardeingabe lesen und speichern
  clear     das gespeicherte Token entfernen</translation>
    </message>
    <message>
        <source>The calendar feed&apos;s token instead of the webhook&apos;s.</source>
        <translation>Das Token des Kalender-Feeds statt des Webhook-Tokens.</translation>
    </message>
    <message>
        <source>a calendar feed token is already set for %1 and calendars may be subscribed with it; `eventwatch token show --feed` prints it, `eventwatch token generate --feed --replace` replaces it</source>
        <translation>für %1 ist bereits ein Kalender-Feed-Token gesetzt, und womöglich sind Kalender damit abonniert; `eventwatch token show --feed` gibt es aus, `eventwatch token generate --feed --replace` ersetzt es</translation>
    </message>
    <message>
        <source>the webhook token and the calendar feed token must differ</source>
        <translation>das Webhook-Token und das Kalender-Feed-Token müssen sich unterscheiden</translation>
    </message>
    <message>
        <source>Stored the calendar feed token for %1.</source>
        <translation>Das Kalender-Feed-Token für %1 wurde gespeichert.</translation>
    </message>
    <message>
        <source>Removed the calendar feed token of %1: the feed answers 404 until a new one is set.</source>
        <translation>Das Kalender-Feed-Token von %1 wurde entfernt: Der Feed antwortet mit 404, bis ein neues gesetzt ist.</translation>
    </message>
    <message>
        <source>With --feed, the same for the calendar feed&apos;s token: it opens /calendar.ics?token=&lt;token&gt; for calendar applications and nothing else.</source>
        <translation>Mit --feed dasselbe für das Token des Kalender-Feeds: Es gibt /calendar.ics?token=&lt;token&gt; für Kalenderprogramme frei und sonst nichts.</translation>
    </message>
    <message>
        <source>Stored a new calendar feed token for %1 in the system keychain. Subscribe to &lt;address&gt;/calendar.ics?token=&lt;token&gt;.</source>
        <translation>Ein neues Kalender-Feed-Token für %1 wurde im Schlüsselbund des Systems gespeichert. Abonnieren Sie &lt;address&gt;/calendar.ics?token=&lt;token&gt;.</translation>
    </message>
    <message>
        <source>The previous subscription address no longer works.</source>
        <translation>Die bisherige Abonnement-Adresse funktioniert nicht mehr.</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>token file %1 does not exist</source>
        <translation>die Token-Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>token file %1 is readable by group or others; run: chmod 600 %1</source>
        <translation>die Token-Datei %1 ist für Gruppe oder andere lesbar; ausführen: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read token file %1: %2</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>token file %1 is larger than %2 bytes</source>
        <translation>die Token-Datei %1 ist größer als %2 Bytes</translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation>die Token-Datei %1 ist leer</translation>
    </message>
</context>
<context>
    <name>TokenKeychain</name>
    <message>
        <source>the token is too short: give at least %1 characters</source>
        <translation>das Token ist zu kurz: mindestens %1 Zeichen angeben</translation>
    </message>
    <message>
        <source>the token is too long: at most %1 characters</source>
        <translation>das Token ist zu lang: höchstens %1 Zeichen</translation>
    </message>
    <message>
        <source>the token may only contain printable ASCII without spaces</source>
        <translation>das Token darf nur druckbare ASCII-Zeichen ohne Leerzeichen enthalten</translation>
    </message>
    <message>
        <source>no webhook token is set for %1 in the system keychain: run `eventwatch token generate --data-dir %1`, or start with --token-file FILE</source>
        <translation>für %1 ist im Schlüsselbund des Systems kein Webhook-Token gesetzt: `eventwatch token generate --data-dir %1` ausführen oder mit --token-file FILE starten</translation>
    </message>
    <message>
        <source>no calendar feed token is set for %1 in the system keychain: run `eventwatch token generate --feed --data-dir %1`</source>
        <translation>für %1 ist im Schlüsselbund des Systems kein Kalender-Feed-Token gesetzt: `eventwatch token generate --feed --data-dir %1` ausführen</translation>
    </message>
</context>
<context>
    <name>TokenReplacement</name>
    <message>
        <source>Replace the webhook token?</source>
        <translation>Webhook-Token ersetzen?</translation>
    </message>
    <message>
        <source>Mighty Networks sends the current token. After replacing it, deliveries are refused until you paste the new token into Mighty Networks.</source>
        <translation>Mighty Networks sendet das aktuelle Token. Nach dem Ersetzen werden Zustellungen abgelehnt, bis Sie das neue Token in Mighty Networks eingefügt haben.</translation>
    </message>
    <message>
        <source>Replace the feed token?</source>
        <translation>Feed-Token ersetzen?</translation>
    </message>
    <message>
        <source>Calendars subscribed with the current address stop receiving updates until they are subscribed again with the new address.</source>
        <translation>Kalender, die mit der aktuellen Adresse abonniert sind, erhalten keine Aktualisierungen mehr, bis sie mit der neuen Adresse neu abonniert werden.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Show Eventwatch</source>
        <translation>Eventwatch &amp;anzeigen</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications for 1 Hour</source>
        <translation>Benachrichtigungen 1 Stunde &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Copy Webhook URL</source>
        <translation>Webhook-URL &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>No unread events</source>
        <translation>Keine ungelesenen Events</translation>
    </message>
    <message>
        <source>1 unread event</source>
        <translation>1 ungelesenes Event</translation>
    </message>
    <message numerus="yes">
        <source>%n unread events</source>
        <comment>two or more</comment>
        <translation>
            <numerusform>%n ungelesenes Event</numerusform>
            <numerusform>%n ungelesene Events</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Benachrichtigungen pausiert bis %1</translation>
    </message>
</context>
<context>
    <name>TunnelController</name>
    <message>
        <source>cloudflared is not installed (see https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/)</source>
        <translation>cloudflared ist nicht installiert (siehe https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/)</translation>
    </message>
    <message>
        <source>starting cloudflared</source>
        <translation>cloudflared wird gestartet</translation>
    </message>
    <message>
        <source>asking the ngrok agent</source>
        <translation>ngrok-Agent wird abgefragt</translation>
    </message>
    <message>
        <source>ngrok is not installed (see https://ngrok.com/download)</source>
        <translation>ngrok ist nicht installiert (siehe https://ngrok.com/download)</translation>
    </message>
    <message>
        <source>starting ngrok</source>
        <translation>ngrok wird gestartet</translation>
    </message>
    <message>
        <source>waiting for %1&apos;s address</source>
        <translation>Adresse von %1 wird erwartet</translation>
    </message>
    <message numerus="yes">
        <source>%1 (starting again in %n s)</source>
        <translation>
            <numerusform>%1 (Neustart in %n s)</numerusform>
            <numerusform>%1 (Neustart in %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>ngrok runs, but none of its tunnels forwards to port %1: run &quot;ngrok http %1&quot;</source>
        <translation>ngrok läuft, aber keiner seiner Tunnel leitet an Port %1 weiter: „ngrok http %1“ ausführen</translation>
    </message>
    <message>
        <source>waiting for ngrok&apos;s address</source>
        <translation>Adresse von ngrok wird erwartet</translation>
    </message>
    <message>
        <source>ngrok is not running</source>
        <translation>ngrok läuft nicht</translation>
    </message>
</context>
<context>
    <name>TunnelProcess</name>
    <message>
        <source>%1 crashed</source>
        <translation>%1 ist abgestürzt</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 wurde mit Status %2 beendet</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 kann nicht gestartet werden: %2</translation>
    </message>
</context>
<context>
    <name>TunnelStateText</name>
    <message>
        <source>No public URL</source>
        <translation>Keine öffentliche URL</translation>
    </message>
    <message>
        <source>Public URL set by hand</source>
        <translation>Öffentliche URL manuell festgelegt</translation>
    </message>
    <message>
        <source>%1: off (the receiver is not running)</source>
        <translation>%1: aus (der Empfänger läuft nicht)</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1: wird gestartet …</translation>
    </message>
    <message>
        <source>%1: up</source>
        <translation>%1: aktiv</translation>
    </message>
    <message>
        <source>%1: down (%2)</source>
        <translation>%1: ausgefallen (%2)</translation>
    </message>
    <message>
        <source>No public URL yet: until you enter one, Mighty Networks cannot reach Eventwatch, and the address shown is only reachable from this computer.</source>
        <translation>Noch keine öffentliche URL: Bis Sie eine eingeben, kann Mighty Networks Eventwatch nicht erreichen, und die angezeigte Adresse ist nur von diesem Computer aus erreichbar.</translation>
    </message>
    <message>
        <source>Mighty Networks posts to the address you entered; make sure it forwards to this computer&apos;s receiver.</source>
        <translation>Mighty Networks sendet an die von Ihnen eingegebene Adresse; stellen Sie sicher, dass sie an den Empfänger auf diesem Computer weiterleitet.</translation>
    </message>
    <message>
        <source>%1 starts once the receiver runs.</source>
        <translation>%1 startet, sobald der Empfänger läuft.</translation>
    </message>
    <message>
        <source>%1 is starting: %2…</source>
        <translation>%1 wird gestartet: %2 …</translation>
    </message>
    <message>
        <source>%1 is up at %2.</source>
        <translation>%1 ist unter %2 aktiv.</translation>
    </message>
    <message>
        <source>%1 is down: %2.</source>
        <translation>%1 ist ausgefallen: %2.</translation>
    </message>
</context>
<context>
    <name>WebhookServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>auf %1:%2 kann nicht gelauscht werden: %3</translation>
    </message>
</context>
<context>
    <name>WebhookTokenController</name>
    <message>
        <source>The new token was not stored: %1</source>
        <translation>Das neue Token wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>WebhookTokenPanel</name>
    <message>
        <source>Webhook token</source>
        <translation>Webhook-Token</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Kein Token</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>Anzei&amp;gen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>&amp;Erzeugen</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>&amp;Generate new…</source>
        <translation>Neu &amp;erzeugen …</translation>
    </message>
    <message>
        <source>Reading the token from the system keychain…</source>
        <translation>Token wird aus dem Schlüsselbund des Systems gelesen …</translation>
    </message>
    <message>
        <source>Set, kept in the system keychain. Mighty Networks sends it as the webhook&apos;s API key; deliveries without it are refused.</source>
        <translation>Gesetzt, aufbewahrt im Schlüsselbund des Systems. Mighty Networks sendet es als API-Schlüssel des Webhooks; Zustellungen ohne dieses Token werden abgelehnt.</translation>
    </message>
    <message>
        <source>Not set yet. Generate one, then give it to Mighty Networks as the webhook&apos;s API key. Until then Eventwatch does not receive deliveries.</source>
        <translation>Noch nicht gesetzt. Erzeugen Sie eines und geben Sie es Mighty Networks als API-Schlüssel des Webhooks. Bis dahin empfängt Eventwatch keine Zustellungen.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>Der Schlüsselbund ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>Read from %1 (--token-file). Edit that file to change it.</source>
        <translation>Aus %1 gelesen (--token-file). Zum Ändern diese Datei bearbeiten.</translation>
    </message>
    <message>
        <source>Not required (--no-auth): any program on this computer can post deliveries.</source>
        <translation>Nicht erforderlich (--no-auth): Jedes Programm auf diesem Computer kann Zustellungen senden.</translation>
    </message>
</context>
<context>
    <name>WizardConnectPage</name>
    <message>
        <source>Paste these into Mighty Networks</source>
        <translation>Diese Angaben in Mighty Networks einfügen</translation>
    </message>
    <message>
        <source>In your network&apos;s Admin, open the Admin API settings where webhooks are registered, and add a webhook.</source>
        <translation>Öffnen Sie in der Verwaltung Ihres Netzwerks die Admin-API-Einstellungen, in denen Webhooks registriert werden, und fügen Sie einen Webhook hinzu.</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>Webhook-URL:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>Webhook-URL</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>&amp;URL kopieren</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Copy API &amp;key</source>
        <translation>API-Schlüssel &amp;kopieren</translation>
    </message>
    <message>
        <source>S&amp;how the API key</source>
        <translation>API-Schlüssel &amp;anzeigen</translation>
    </message>
    <message>
        <source>&lt;ol&gt;
&lt;li&gt;Paste the &lt;b&gt;webhook URL&lt;/b&gt; into the webhook&apos;s &lt;b&gt;URL&lt;/b&gt; field.&lt;/li&gt;
&lt;li&gt;Paste the &lt;b&gt;API key&lt;/b&gt; into its &lt;b&gt;API key&lt;/b&gt; field. Mighty Networks sends it with every webhook; keep it secret.&lt;/li&gt;
&lt;li&gt;Choose the webhooks to send: at least EventCreated, EventUpdated and the RSVP ones (RsvpCreated, RsvpUpdated, RsvpDeleted). Then save.&lt;/li&gt;
&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;
&lt;li&gt;Fügen Sie die &lt;b&gt;Webhook-URL&lt;/b&gt; in das Feld &lt;b&gt;URL&lt;/b&gt; des Webhooks ein.&lt;/li&gt;
&lt;li&gt;Fügen Sie den &lt;b&gt;API-Schlüssel&lt;/b&gt; in dessen Feld &lt;b&gt;API key&lt;/b&gt; ein. Mighty Networks sendet ihn mit jedem Webhook; halten Sie ihn geheim.&lt;/li&gt;
&lt;li&gt;Wählen Sie die zu sendenden Webhooks: mindestens EventCreated, EventUpdated und die für Rückmeldungen (RsvpCreated, RsvpUpdated, RsvpDeleted). Speichern Sie dann.&lt;/li&gt;
&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The webhook URL is copied.</source>
        <translation>Die Webhook-URL wurde kopiert.</translation>
    </message>
    <message>
        <source>The API key is copied.</source>
        <translation>Der API-Schlüssel wurde kopiert.</translation>
    </message>
    <message>
        <source>No token: none is required</source>
        <translation>Kein Token: Es ist keines erforderlich</translation>
    </message>
    <message>
        <source>A public address: Mighty Networks reaches Eventwatch through it.</source>
        <translation>Eine öffentliche Adresse: Mighty Networks erreicht Eventwatch darüber.</translation>
    </message>
    <message>
        <source>The cloudflared tunnel is not up yet: its public address replaces this local one as soon as it is. Until then Mighty Networks cannot reach Eventwatch.</source>
        <translation>Der cloudflared-Tunnel ist noch nicht aktiv: Sobald er es ist, ersetzt seine öffentliche Adresse diese lokale. Bis dahin kann Mighty Networks Eventwatch nicht erreichen.</translation>
    </message>
    <message>
        <source>The ngrok tunnel is not up yet: its public address replaces this local one as soon as it is. Until then Mighty Networks cannot reach Eventwatch.</source>
        <translation>Der ngrok-Tunnel ist noch nicht aktiv: Sobald er es ist, ersetzt seine öffentliche Adresse diese lokale. Bis dahin kann Mighty Networks Eventwatch nicht erreichen.</translation>
    </message>
    <message>
        <source>Only this computer can reach this address, not Mighty Networks. Go back to choose a tunnel, or set a public address later in Settings; a test delivery works either way.</source>
        <translation>Nur dieser Computer kann diese Adresse erreichen, Mighty Networks nicht. Gehen Sie zurück, um einen Tunnel zu wählen, oder legen Sie später in den Einstellungen eine öffentliche Adresse fest; eine Testzustellung funktioniert in beiden Fällen.</translation>
    </message>
</context>
<context>
    <name>WizardPortPage</name>
    <message>
        <source>The port</source>
        <translation>Der Port</translation>
    </message>
    <message>
        <source>Eventwatch listens for webhooks on this port of your computer; the tunnel forwards them to it.</source>
        <translation>Eventwatch lauscht auf diesem Port Ihres Computers auf Webhooks; der Tunnel leitet sie dorthin weiter.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Keep the suggested port unless another program needs it. Eventwatch checks that the port is free before it moves there.</source>
        <translation>Behalten Sie den vorgeschlagenen Port, sofern kein anderes Programm ihn braucht. Eventwatch prüft, ob der Port frei ist, bevor es dorthin wechselt.</translation>
    </message>
    <message>
        <source>Eventwatch listens on %1, port %2.</source>
        <translation>Eventwatch lauscht auf %1, Port %2.</translation>
    </message>
    <message>
        <source>Port %1 is free: Eventwatch moves there when you click Next.</source>
        <translation>Port %1 ist frei: Eventwatch wechselt dorthin, wenn Sie auf „Weiter“ klicken.</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program (%2). Choose another one.</source>
        <translation>Port %1 wird von einem anderen Programm belegt (%2). Wählen Sie einen anderen.</translation>
    </message>
    <message>
        <source>Eventwatch cannot listen on port %1: %2</source>
        <translation>Eventwatch kann nicht auf Port %1 lauschen: %2</translation>
    </message>
</context>
<context>
    <name>WizardTokenPage</name>
    <message>
        <source>The webhook token</source>
        <translation>Das Webhook-Token</translation>
    </message>
    <message>
        <source>Mighty Networks sends this secret with every webhook; Eventwatch refuses webhooks without it.</source>
        <translation>Mighty Networks sendet dieses Geheimnis mit jedem Webhook; Webhooks ohne dieses Geheimnis lehnt Eventwatch ab.</translation>
    </message>
    <message>
        <source>&amp;Replace with a new token…</source>
        <translation>Durch neues Token &amp;ersetzen …</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>Erneut &amp;versuchen</translation>
    </message>
    <message>
        <source>Generating a token and keeping it in your system keychain…</source>
        <translation>Token wird erzeugt und im Schlüsselbund des Systems aufbewahrt …</translation>
    </message>
    <message>
        <source>Reading the token from your system keychain…</source>
        <translation>Token wird aus dem Schlüsselbund des Systems gelesen …</translation>
    </message>
    <message>
        <source>A new token is generated and kept in your system keychain. You paste it into Mighty Networks in a moment, as the webhook&apos;s API key.</source>
        <translation>Ein neues Token wurde erzeugt und im Schlüsselbund des Systems aufbewahrt. Gleich fügen Sie es als API-Schlüssel des Webhooks in Mighty Networks ein.</translation>
    </message>
    <message>
        <source>A token is already kept in your system keychain. It stays as it is, so a webhook already registered with it keeps working. Replace it only if it may have leaked.</source>
        <translation>Im Schlüsselbund des Systems ist bereits ein Token aufbewahrt. Es bleibt unverändert, damit ein bereits damit registrierter Webhook weiter funktioniert. Ersetzen Sie es nur, wenn es in falsche Hände geraten sein könnte.</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Noch kein Token.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation>Der Schlüsselbund des Systems ist nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The token is read from %1 (--token-file). Edit that file to change it.</source>
        <translation>Das Token wird aus %1 gelesen (--token-file). Zum Ändern diese Datei bearbeiten.</translation>
    </message>
    <message>
        <source>No token is required (--no-auth): this is for local tests only, Mighty Networks needs one.</source>
        <translation>Kein Token erforderlich (--no-auth): Das ist nur für lokale Tests gedacht, Mighty Networks braucht eines.</translation>
    </message>
</context>
<context>
    <name>WizardTunnelPage</name>
    <message>
        <source>The public address</source>
        <translation>Die öffentliche Adresse</translation>
    </message>
    <message>
        <source>Mighty Networks posts only to a public HTTPS address. A tunnel gives your computer one.</source>
        <translation>Mighty Networks sendet nur an eine öffentliche HTTPS-Adresse. Ein Tunnel stellt Ihrem Computer eine bereit.</translation>
    </message>
    <message>
        <source>&amp;cloudflared: a quick tunnel, no account needed</source>
        <translation>&amp;cloudflared: ein Schnelltunnel, kein Konto nötig</translation>
    </message>
    <message>
        <source>n&amp;grok: needs a free ngrok account</source>
        <translation>n&amp;grok: erfordert ein kostenloses ngrok-Konto</translation>
    </message>
    <message>
        <source>I already have a public &amp;address that forwards to Eventwatch:</source>
        <translation>Ich habe bereits eine öffentliche A&amp;dresse, die an Eventwatch weiterleitet:</translation>
    </message>
    <message>
        <source>https://events.example.org</source>
        <translation>https://events.example.org</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Öffentliche Adresse</translation>
    </message>
    <message>
        <source>&amp;Later: for now only this computer can reach Eventwatch</source>
        <translation>Spä&amp;ter: Vorerst kann nur dieser Computer Eventwatch erreichen</translation>
    </message>
    <message>
        <source>Look for &amp;tools again</source>
        <translation>Erneut nach &amp;Programmen suchen</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installiert: %1</translation>
    </message>
    <message>
        <source>Not installed. Get it from &lt;a href=&quot;https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/&quot;&gt;Cloudflare&apos;s downloads&lt;/a&gt; (a .deb package for Debian and Ubuntu), then click Look for tools again.</source>
        <translation>Nicht installiert. Laden Sie es von den &lt;a href=&quot;https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/&quot;&gt;Downloads von Cloudflare&lt;/a&gt; herunter (ein .deb-Paket für Debian und Ubuntu) und klicken Sie dann auf „Erneut nach Programmen suchen“.</translation>
    </message>
    <message>
        <source>Not installed. Get it from &lt;a href=&quot;https://ngrok.com/download&quot;&gt;ngrok.com/download&lt;/a&gt;, sign up, run &lt;code&gt;ngrok config add-authtoken&lt;/code&gt; with your authtoken once, then click Look for tools again.</source>
        <translation>Nicht installiert. Laden Sie es von &lt;a href=&quot;https://ngrok.com/download&quot;&gt;ngrok.com/download&lt;/a&gt; herunter, registrieren Sie sich, führen Sie einmal &lt;code&gt;ngrok config add-authtoken&lt;/code&gt; mit Ihrem Authtoken aus und klicken Sie dann auf „Erneut nach Programmen suchen“.</translation>
    </message>
    <message>
        <source>This is not an address: enter it as https://host, for example https://events.example.org.</source>
        <translation>Das ist keine Adresse: Geben Sie sie als https://host ein, zum Beispiel https://events.example.org.</translation>
    </message>
    <message>
        <source>Mighty Networks posts only to https:// addresses.</source>
        <translation>Mighty Networks sendet nur an https://-Adressen.</translation>
    </message>
</context>
<context>
    <name>WizardWaitingPage</name>
    <message>
        <source>Waiting for the first delivery</source>
        <translation>Warten auf die erste Zustellung</translation>
    </message>
    <message>
        <source>As soon as a webhook arrives, Eventwatch shows its event in the table.</source>
        <translation>Sobald ein Webhook eintrifft, zeigt Eventwatch das zugehörige Event in der Tabelle.</translation>
    </message>
    <message>
        <source>Mighty Networks sends a webhook when something happens: schedule or edit an event in your network to get one now. To check Eventwatch on this computer first, send a test delivery.</source>
        <translation>Mighty Networks sendet einen Webhook, wenn etwas passiert: Planen oder bearbeiten Sie ein Event in Ihrem Netzwerk, um jetzt einen zu erhalten. Um Eventwatch zuerst auf diesem Computer zu prüfen, senden Sie eine Testzustellung.</translation>
    </message>
    <message>
        <source>Send &amp;test delivery</source>
        <translation>&amp;Testzustellung senden</translation>
    </message>
    <message>
        <source>You can also click Finish now: new events appear in the window as they arrive.</source>
        <translation>Sie können auch jetzt auf „Abschließen“ klicken: Neue Events erscheinen im Fenster, sobald sie eintreffen.</translation>
    </message>
    <message>
        <source>Sending a test delivery…</source>
        <translation>Testzustellung wird gesendet …</translation>
    </message>
    <message>
        <source>A delivery arrived: Eventwatch is connected. Events appear in the window as your network schedules them.</source>
        <translation>Eine Zustellung ist eingetroffen: Eventwatch ist verbunden. Events erscheinen im Fenster, sobald Ihr Netzwerk sie plant.</translation>
    </message>
    <message>
        <source>Cannot read the event store: %1</source>
        <translation>Der Event-Speicher kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Eventwatch is not receiving: the window&apos;s status bar says why.</source>
        <translation>Eventwatch empfängt nicht: Den Grund nennt die Statusleiste des Fensters.</translation>
    </message>
    <message>
        <source>First delivery received.</source>
        <translation>Erste Zustellung empfangen.</translation>
    </message>
</context>
<context>
    <name>WizardWelcomePage</name>
    <message>
        <source>Connect Mighty Networks</source>
        <translation>Mighty Networks verbinden</translation>
    </message>
    <message>
        <source>A few steps, about five minutes, until the first webhook arrives.</source>
        <translation>Ein paar Schritte, etwa fünf Minuten, bis der erste Webhook eintrifft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Mighty Networks tells Eventwatch when an event is scheduled or changed and when a member RSVPs, by sending a webhook to this computer. This guide sets that up:&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;a &lt;b&gt;token&lt;/b&gt;, a secret that Mighty Networks sends with every webhook, kept in your system keychain;&lt;/li&gt;
&lt;li&gt;the &lt;b&gt;port&lt;/b&gt; Eventwatch listens on;&lt;/li&gt;
&lt;li&gt;a &lt;b&gt;public address&lt;/b&gt;: Mighty Networks cannot reach your computer directly, so a tunnel such as cloudflared or ngrok forwards its webhooks;&lt;/li&gt;
&lt;li&gt;exactly &lt;b&gt;what to paste into Mighty Networks&lt;/b&gt;, with Copy buttons;&lt;/li&gt;
&lt;li&gt;a wait for the &lt;b&gt;first webhook&lt;/b&gt;, or a test one sent from here.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;You can skip this now: Help → Connect Mighty Networks… opens it again at any time.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Mighty Networks teilt Eventwatch mit, wenn ein Event geplant oder geändert wird und wenn ein Mitglied eine Rückmeldung gibt, indem es einen Webhook an diesen Computer sendet. Dieser Assistent richtet das ein:&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;ein &lt;b&gt;Token&lt;/b&gt;, ein Geheimnis, das Mighty Networks mit jedem Webhook sendet, aufbewahrt im Schlüsselbund des Systems;&lt;/li&gt;
&lt;li&gt;den &lt;b&gt;Port&lt;/b&gt;, auf dem Eventwatch lauscht;&lt;/li&gt;
&lt;li&gt;eine &lt;b&gt;öffentliche Adresse&lt;/b&gt;: Mighty Networks kann Ihren Computer nicht direkt erreichen, daher leitet ein Tunnel wie cloudflared oder ngrok seine Webhooks weiter;&lt;/li&gt;
&lt;li&gt;genau &lt;b&gt;das, was Sie in Mighty Networks einfügen&lt;/b&gt;, mit Schaltflächen zum Kopieren;&lt;/li&gt;
&lt;li&gt;das Warten auf den &lt;b&gt;ersten Webhook&lt;/b&gt; oder einen Test-Webhook, der von hier gesendet wird.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Sie können das jetzt überspringen: Hilfe → Mighty Networks verbinden … öffnet den Assistenten jederzeit wieder.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
