<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AvatarCache</name>
    <message>
        <source>The download is not an image.</source>
        <translation>Le fichier téléchargé n’est pas une image.</translation>
    </message>
    <message>
        <source>The image is too large (%1 × %2 pixels).</source>
        <translation>L’image est trop grande (%1 × %2 pixels).</translation>
    </message>
    <message>
        <source>The server is too slow.</source>
        <translation>Le serveur répond trop lentement.</translation>
    </message>
    <message>
        <source>The server redirected to an address that is not a web address.</source>
        <translation>Le serveur a redirigé vers une adresse qui n’est pas une adresse web.</translation>
    </message>
    <message>
        <source>The server answered %1.</source>
        <translation>Le serveur a répondu %1.</translation>
    </message>
    <message>
        <source>The image is larger than %1 KiB.</source>
        <translation>L’image dépasse %1 Kio.</translation>
    </message>
</context>
<context>
    <name>CalendarFeedPanel</name>
    <message>
        <source>Calendar feed</source>
        <translation>Flux de calendrier</translation>
    </message>
    <message>
        <source>&amp;Space:</source>
        <translation>&amp;Espace&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <source>No feed token yet</source>
        <translation>Pas encore de jeton du flux</translation>
    </message>
    <message>
        <source>Subscription address</source>
        <translation>Adresse d’abonnement</translation>
    </message>
    <message>
        <source>C&amp;opy address</source>
        <translation>C&amp;opier l’adresse</translation>
    </message>
    <message>
        <source>Generate feed &amp;token</source>
        <translation>Générer le &amp;jeton du flux</translation>
    </message>
    <message>
        <source>Every space</source>
        <translation>Tous les espaces</translation>
    </message>
    <message>
        <source>Replace feed &amp;token…</source>
        <translation>Remplacer le &amp;jeton du flux…</translation>
    </message>
    <message>
        <source>Reading the feed token from the system keychain…</source>
        <translation>Lecture du jeton du flux dans le trousseau du système…</translation>
    </message>
    <message>
        <source>The feed is on. This address works on this computer only: calendar services on the internet need the public address of a tunnel.</source>
        <translation>Le flux est activé. Cette adresse ne fonctionne que sur cet ordinateur&#xa0;: les services de calendrier sur Internet ont besoin de l’adresse publique d’un tunnel.</translation>
    </message>
    <message>
        <source>The feed is on.</source>
        <translation>Le flux est activé.</translation>
    </message>
    <message>
        <source>The feed is off: generate a feed token to turn it on.</source>
        <translation>Le flux est désactivé&#xa0;: générez un jeton du flux pour l’activer.</translation>
    </message>
    <message>
        <source>The keychain is unavailable, so the feed is off: %1</source>
        <translation>Le trousseau n’est pas disponible, le flux est donc désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Calendar applications (GNOME Calendar, Thunderbird, Google Calendar, …) can subscribe to this address: they fetch it every so often and show the events of the last 30 days, all later ones and every event that repeats, updated as Eventwatch receives changes. Whoever has the address can read the events, nothing more; generate a new token to shut out earlier subscribers. Services on the internet, such as Google Calendar, need a public address (a tunnel).</source>
        <translation>Les applications de calendrier (GNOME Calendar, Thunderbird, Google Calendar, …) peuvent s’abonner à cette adresse&#xa0;: elles la consultent régulièrement et affichent les événements des 30 derniers jours, tous les suivants et chaque événement qui se répète, mis à jour à mesure qu’Eventwatch reçoit des modifications. Quiconque possède l’adresse peut lire les événements, rien de plus&#xa0;; générez un nouveau jeton pour exclure les anciens abonnés. Les services sur Internet, comme Google Calendar, ont besoin d’une adresse publique (un tunnel).</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Run the receiver without a window.</source>
        <translation>Exécuter le récepteur sans fenêtre.</translation>
    </message>
    <message>
        <source>Keep the database in &lt;dir&gt; (default: %1).</source>
        <translation>Conserver la base de données dans &lt;dir&gt; (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Listen on address &lt;addr&gt; (default: 127.0.0.1).</source>
        <translation>Écouter sur l’adresse &lt;addr&gt; (par défaut&#xa0;: 127.0.0.1).</translation>
    </message>
    <message>
        <source>Listen on port &lt;n&gt; (default: %1; 0 picks a free one).</source>
        <translation>Écouter sur le port &lt;n&gt; (par défaut&#xa0;: %1&#xa0;; 0 en choisit un libre).</translation>
    </message>
    <message>
        <source>Read the webhook token from &lt;file&gt; (must not be readable by others) instead of the system keychain.</source>
        <translation>Lire le jeton du webhook dans &lt;file&gt; (illisible pour les autres utilisateurs) au lieu du trousseau du système.</translation>
    </message>
    <message>
        <source>Refuse bodies larger than &lt;bytes&gt; (default: %1).</source>
        <translation>Refuser les corps de requête de plus de &lt;bytes&gt; octets (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Accept deliveries without a token (only on a loopback address).</source>
        <translation>Accepter les livraisons sans jeton (uniquement sur une adresse de bouclage).</translation>
    </message>
    <message>
        <source>Receives Mighty Networks webhooks and shows the scheduled events.

Other commands:
  eventwatch export --help   Write the stored events as CSV, JSON or NDJSON.
  eventwatch token --help    Generate, show, set or clear the webhook token in the system keychain.</source>
        <translation>Reçoit les webhooks de Mighty Networks et affiche les événements programmés.

Autres commandes&#xa0;:
  eventwatch export --help   Écrire les événements enregistrés en CSV, JSON ou NDJSON.
  eventwatch token --help    Générer, afficher, définir ou effacer le jeton du webhook dans le trousseau du système.</translation>
    </message>
    <message>
        <source>unknown command: %1 (see --help)</source>
        <translation>commande inconnue&#xa0;: %1 (voir --help)</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir ne doit pas être vide</translation>
    </message>
    <message>
        <source>--bind: %1 is not an IP address</source>
        <translation>--bind&#xa0;: %1 n’est pas une adresse IP</translation>
    </message>
    <message>
        <source>--port: %1 is not a port number (0-65535)</source>
        <translation>--port&#xa0;: %1 n’est pas un numéro de port (0 à 65535)</translation>
    </message>
    <message>
        <source>--max-body: give a number of bytes from 1 to %1</source>
        <translation>--max-body&#xa0;: indiquez un nombre d’octets entre 1 et %1</translation>
    </message>
    <message>
        <source>--no-auth and --token-file exclude each other</source>
        <translation>--no-auth et --token-file s’excluent mutuellement</translation>
    </message>
    <message>
        <source>--no-auth is refused on %1: without a token only a loopback address may be used</source>
        <translation>--no-auth est refusé sur %1&#xa0;: sans jeton, seule une adresse de bouclage est permise</translation>
    </message>
    <message>
        <source>With --headless: put the receiver on a public address with &lt;tool&gt;: ngrok, cloudflared or none (default: none).</source>
        <translation>Avec --headless&#xa0;: rendre le récepteur accessible à une adresse publique avec &lt;tool&gt;&#xa0;: ngrok, cloudflared ou none (par défaut&#xa0;: none).</translation>
    </message>
    <message>
        <source>--tunnel: %1 is not ngrok, cloudflared or none</source>
        <translation>--tunnel&#xa0;: %1 n’est ni ngrok, ni cloudflared, ni none</translation>
    </message>
    <message>
        <source>--tunnel is for --headless; the window sets the tunnel in Settings (Ctrl+,)</source>
        <translation>--tunnel s’utilise avec --headless&#xa0;; dans la fenêtre, le tunnel se règle dans les Paramètres (Ctrl+,)</translation>
    </message>
    <message>
        <source>With --headless: read the calendar feed&apos;s token from &lt;file&gt; (must not be readable by others) instead of the system keychain.</source>
        <translation>Avec --headless&#xa0;: lire le jeton du flux de calendrier dans &lt;file&gt; (illisible pour les autres utilisateurs) au lieu du trousseau du système.</translation>
    </message>
    <message>
        <source>--feed-token-file is for --headless; the window keeps the feed token in the keychain (Settings, Calendar feed)</source>
        <translation>--feed-token-file va avec --headless&#xa0;; la fenêtre garde le jeton du flux dans le trousseau (Paramètres, Flux de calendrier)</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>impossible de préparer %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot configure %1: %2</source>
        <translation>impossible de configurer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>DeliveriesView</name>
    <message>
        <source>Deliveries</source>
        <translation>Livraisons</translation>
    </message>
    <message>
        <source>Filter by type, reason, address, event id or status</source>
        <translation>Filtrer par type, motif, adresse, identifiant d’événement ou statut</translation>
    </message>
    <message>
        <source>Which attempts to show</source>
        <translation>Tentatives à afficher</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Read the deliveries again</source>
        <translation>Relire les livraisons</translation>
    </message>
    <message>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <source>All attempts</source>
        <translation>Toutes les tentatives</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Acceptées</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Refusées</translation>
    </message>
    <message>
        <source>Retried</source>
        <translation>Renvoyées</translation>
    </message>
    <message>
        <source>No deliveries match the filter.</source>
        <translation>Aucune livraison ne correspond au filtre.</translation>
    </message>
    <message>
        <source>No deliveries yet. Deliveries and refused attempts show up here as they arrive.</source>
        <translation>Aucune livraison pour l’instant. Les livraisons et les tentatives refusées apparaissent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>Cannot read the deliveries: %1</source>
        <translation>Impossible de lire les livraisons&#xa0;: %1</translation>
    </message>
    <message>
        <source>the newest %1</source>
        <translation>les %1 plus récentes</translation>
    </message>
    <message>
        <source>1 entry</source>
        <translation>1 entrée</translation>
    </message>
    <message>
        <source>%1 entries</source>
        <translation>%1 entrées</translation>
    </message>
    <message>
        <source>In the last 24 hours: %1; %2</source>
        <translation>Dans les dernières 24 heures&#xa0;: %1&#xa0;; %2</translation>
    </message>
    <message>
        <source>nothing refused</source>
        <translation>aucun refus</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>%1 × other reasons</source>
        <translation>%1 × autres motifs</translation>
    </message>
    <message>
        <source>%1 refused — %2</source>
        <translation>%1 refusées — %2</translation>
    </message>
    <message>
        <source>no delivery was retried</source>
        <translation>aucune livraison n’a été renvoyée</translation>
    </message>
    <message>
        <source>1 delivery was retried by Mighty Networks</source>
        <translation>1 livraison a été renvoyée par Mighty Networks</translation>
    </message>
    <message>
        <source>%1 deliveries were retried by Mighty Networks</source>
        <translation>%1 livraisons ont été renvoyées par Mighty Networks</translation>
    </message>
</context>
<context>
    <name>DeliveryLogModel</name>
    <message>
        <source>Local time of the attempt; for a retried delivery, of its latest attempt</source>
        <translation>Heure locale de la tentative&#xa0;; pour une livraison renvoyée, celle de la dernière tentative</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Origine</translation>
    </message>
    <message>
        <source>Event id</source>
        <translation>ID d’événement</translation>
    </message>
    <message>
        <source>%1 refused</source>
        <translation>%1 refusée</translation>
    </message>
    <message>
        <source>%1 stored</source>
        <translation>%1 enregistrée</translation>
    </message>
    <message>
        <source>Refused with HTTP %1: %2</source>
        <translation>Refusée avec HTTP %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Path: %1</source>
        <translation>Chemin&#xa0;: %1</translation>
    </message>
    <message>
        <source>Stored delivery %1</source>
        <translation>Livraison enregistrée %1</translation>
    </message>
    <message>
        <source>Mighty Networks sent it %1 times; the time is that of the latest.</source>
        <translation>Mighty Networks l’a envoyée %1 fois&#xa0;; l’heure est celle du dernier envoi.</translation>
    </message>
    <message>
        <source>At %1</source>
        <translation>Horodatage&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DeliveryLogQuery</name>
    <message>
        <source>stored</source>
        <translation>enregistrée</translation>
    </message>
    <message>
        <source>retried once</source>
        <translation>renvoyée une fois</translation>
    </message>
    <message>
        <source>retried %1 times</source>
        <translation>renvoyée %1 fois</translation>
    </message>
</context>
<context>
    <name>DeliveryWriter</name>
    <message>
        <source>cannot prepare statements: %1</source>
        <translation>impossible de préparer les requêtes&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>DesktopNotifier</name>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>there is no notification area</source>
        <translation>il n’y a pas de zone de notification</translation>
    </message>
    <message>
        <source>Desktop notifications are off: no notification service answers.</source>
        <translation>Les notifications du bureau sont désactivées&#xa0;: aucun service de notification ne répond.</translation>
    </message>
</context>
<context>
    <name>EventDetailsPanel</name>
    <message>
        <source>Select an event to see its details</source>
        <translation>Sélectionnez un événement pour en voir les détails</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Your time:</source>
        <translation>Votre heure&#xa0;:</translation>
    </message>
    <message>
        <source>Event time:</source>
        <translation>Heure de l’événement&#xa0;:</translation>
    </message>
    <message>
        <source>Duration:</source>
        <translation>Durée&#xa0;:</translation>
    </message>
    <message>
        <source>Type:</source>
        <translation>Type&#xa0;:</translation>
    </message>
    <message>
        <source>Location:</source>
        <translation>Lieu&#xa0;:</translation>
    </message>
    <message>
        <source>Repeats:</source>
        <translation>Répétition&#xa0;:</translation>
    </message>
    <message>
        <source>Open in Mighty Networks</source>
        <translation>Ouvrir dans Mighty Networks</translation>
    </message>
    <message>
        <source>Open the event in your web browser</source>
        <translation>Ouvrir l’événement dans votre navigateur web</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Email:</source>
        <translation>E-mail&#xa0;:</translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Fuseau horaire&#xa0;:</translation>
    </message>
    <message>
        <source>Referrals:</source>
        <translation>Parrainages&#xa0;:</translation>
    </message>
    <message>
        <source>Ambassador level:</source>
        <translation>Niveau d’ambassadeur&#xa0;:</translation>
    </message>
    <message>
        <source>Categories:</source>
        <translation>Catégories&#xa0;:</translation>
    </message>
    <message>
        <source>Open profile</source>
        <translation>Ouvrir le profil</translation>
    </message>
    <message>
        <source>Open the creator&apos;s profile in your web browser</source>
        <translation>Ouvrir le profil du créateur dans votre navigateur web</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <source>ID:</source>
        <translation>ID&#xa0;:</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Créé le&#xa0;:</translation>
    </message>
    <message>
        <source>RSVPs</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>Membre</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Instance</source>
        <translation>Occurrence</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Raw deliveries</source>
        <translation>Livraisons brutes</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Maybe</source>
        <translation>Peut-être</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>%1 (withdrawn)</source>
        <translation>%1 (retirée)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Recurrence rule</source>
        <translation>Règle de récurrence</translation>
    </message>
    <message>
        <source>Frequency</source>
        <translation>Fréquence</translation>
    </message>
    <message>
        <source>Interval</source>
        <translation>Intervalle</translation>
    </message>
    <message>
        <source>Link</source>
        <translation>Lien</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Instance canceled</source>
        <translation>Occurrence annulée</translation>
    </message>
    <message>
        <source>%1, every %2</source>
        <translation>%1, tous les %2</translation>
    </message>
    <message>
        <source>(%1 more characters: use Copy JSON to get all of it)</source>
        <translation>(%1 caractères de plus&#xa0;: utilisez «&#xa0;Copier le JSON&#xa0;» pour tout obtenir)</translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Événement sans titre</translation>
    </message>
    <message>
        <source>%1 · event %2</source>
        <translation>%1 · événement %2</translation>
    </message>
    <message>
        <source>Image</source>
        <translation>Image</translation>
    </message>
    <message>
        <source>Member %1</source>
        <translation>Membre %1</translation>
    </message>
    <message>
        <source>No RSVPs yet.</source>
        <translation>Aucune réponse pour l’instant.</translation>
    </message>
    <message>
        <source>%1 yes · %2 maybe · %3 no</source>
        <translation>%1 oui · %2 peut-être · %3 non</translation>
    </message>
    <message>
        <source>RSVPs are turned off.</source>
        <translation>Les réponses sont désactivées.</translation>
    </message>
    <message>
        <source>RSVPs are closed.</source>
        <translation>Les réponses sont closes.</translation>
    </message>
    <message>
        <source>No changes recorded. Updates to this event will be listed here.</source>
        <translation>Aucune modification enregistrée. Les mises à jour de cet événement seront listées ici.</translation>
    </message>
    <message>
        <source>No deliveries about this event are stored.</source>
        <translation>Aucune livraison n’est enregistrée pour cet événement.</translation>
    </message>
    <message>
        <source>The %1 newest of %2 deliveries about this event, newest first.</source>
        <translation>Les %1 plus récentes des %2 livraisons de cet événement, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>Newest first.</source>
        <translation>De la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>%1 · received %2 · attempts: %3</source>
        <translation>%1 · reçue %2 · tentatives&#xa0;: %3</translation>
    </message>
    <message>
        <source>Webhook event id %1</source>
        <translation>ID d’événement du webhook %1</translation>
    </message>
    <message>
        <source>Copy JSON</source>
        <translation>Copier le JSON</translation>
    </message>
    <message>
        <source>Copy this delivery&apos;s body to the clipboard</source>
        <translation>Copier le contenu de cette livraison dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>No image</source>
        <translation>Pas d’image</translation>
    </message>
</context>
<context>
    <name>EventDetailsQuery</name>
    <message>
        <source>cannot read the event: %1</source>
        <translation>impossible de lire l’événement&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>EventExporter</name>
    <message>
        <source>cannot read the events: %1</source>
        <translation>impossible de lire les événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>cannot read the events from %1: %2</source>
        <translation>impossible de lire les événements de %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot write the export: %1</source>
        <translation>impossible d’écrire l’export&#xa0;: %1</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>cannot write the export: only %1 of %2 bytes written</source>
        <translation>impossible d’écrire l’export&#xa0;: seuls %1 octets sur %2 ont été écrits</translation>
    </message>
    <message>
        <source>cannot write the export: the output is not open</source>
        <translation>impossible d’écrire l’export&#xa0;: la sortie n’est pas ouverte</translation>
    </message>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
</context>
<context>
    <name>EventTableModel</name>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Nouveau</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Mis à jour</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>Answers: yes / maybe / no</source>
        <translation>Réponses&#xa0;: oui / peut-être / non</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>RSVPs</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1 yes, %2 maybe, %3 no</source>
        <translation>%1 oui, %2 peut-être, %3 non</translation>
    </message>
</context>
<context>
    <name>EventTypeText</name>
    <message>
        <source>Local</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>Live chat</source>
        <translation>Chat en direct</translation>
    </message>
    <message>
        <source>Online meeting</source>
        <translation>Réunion en ligne</translation>
    </message>
    <message>
        <source>Zoom meeting</source>
        <translation>Réunion Zoom</translation>
    </message>
    <message>
        <source>Zoom webinar</source>
        <translation>Webinaire Zoom</translation>
    </message>
    <message>
        <source>Webinar</source>
        <translation>Webinaire</translation>
    </message>
    <message>
        <source>Local meetup</source>
        <translation>Rencontre en personne</translation>
    </message>
    <message>
        <source>Unspecified</source>
        <translation>Non précisé</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>missing --format; use one of %1</source>
        <translation>il manque --format&#xa0;; utilisez %1</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos;; use one of %2</source>
        <translation>format «&#xa0;%1&#xa0;» inconnu&#xa0;; utilisez %2</translation>
    </message>
    <message>
        <source>Displays this help.</source>
        <translation>Affiche cette aide.</translation>
    </message>
    <message>
        <source>Read the events stored in &lt;DIR&gt; (default: %1).</source>
        <translation>Lire les événements enregistrés dans &lt;DIR&gt; (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>Write &lt;FORMAT&gt;: %1.</source>
        <translation>Écrire au format &lt;FORMAT&gt;&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Write to &lt;FILE&gt; instead of standard output. &lt;FILE&gt; is only replaced when the export succeeds.</source>
        <translation>Écrire dans &lt;FILE&gt; au lieu de la sortie standard. &lt;FILE&gt; n’est remplacé que si l’export réussit.</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>argument inattendu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir ne doit pas être vide</translation>
    </message>
    <message>
        <source>no default data directory here; pass --data-dir DIR</source>
        <translation>pas de dossier de données par défaut ici&#xa0;; indiquez --data-dir DIR</translation>
    </message>
    <message>
        <source>-o must not be empty</source>
        <translation>-o ne doit pas être vide</translation>
    </message>
    <message>
        <source>no Eventwatch data in %1</source>
        <translation>aucune donnée Eventwatch dans %1</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>impossible d’écrire sur la sortie standard&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <source>exported %n event(s) to %1</source>
        <translation>
            <numerusform>%n événement exporté vers %1</numerusform>
            <numerusform>%n événements exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Writes the events Eventwatch has stored, one row per event: every event, or those the filters select (all of them must match).</source>
        <translation>Écrit les événements enregistrés par Eventwatch, une ligne par événement : tous les événements, ou ceux que les filtres sélectionnent (tous doivent correspondre).</translation>
    </message>
    <message>
        <source>--%1 &apos;%2&apos; is not a date; use YYYY-MM-DD or YYYY-MM-DDTHH:MM[:SS][Z]</source>
        <translation>--%1 « %2 » n’est pas une date ; utilisez AAAA-MM-JJ ou AAAA-MM-JJTHH:MM[:SS][Z]</translation>
    </message>
    <message numerus="yes">
        <source>skipped %n event(s) without a start time</source>
        <translation>
            <numerusform>%n événement sans heure de début ignoré</numerusform>
            <numerusform>%n événements sans heure de début ignorés</numerusform>
        </translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Only events whose title, summary, location, space or creator has words beginning with every word of &lt;TEXT&gt;.</source>
        <translation>Seulement les événements dont le titre, le résumé, le lieu, l’espace ou le créateur contient des mots commençant par chaque mot de &lt;TEXT&gt;.</translation>
    </message>
    <message>
        <source>Only events in the space &lt;NAME&gt; (or id); repeat for any of several.</source>
        <translation>Seulement les événements de l’espace &lt;NAME&gt; (ou son identifiant) ; à répéter pour l’un de plusieurs.</translation>
    </message>
    <message>
        <source>Only events created by &lt;NAME&gt; (or id); repeat for any of several.</source>
        <translation>Seulement les événements créés par &lt;NAME&gt; (ou son identifiant) ; à répéter pour l’un de plusieurs.</translation>
    </message>
    <message>
        <source>Only events of the type &lt;TYPE&gt; (local, online, ...); repeat for any of several.</source>
        <translation>Seulement les événements du type &lt;TYPE&gt; (local, online…) ; à répéter pour l’un de plusieurs.</translation>
    </message>
    <message>
        <source>Only events starting at or after &lt;DATE&gt; (YYYY-MM-DD: its local midnight, or an ISO 8601 time).</source>
        <translation>Seulement les événements commençant à &lt;DATE&gt; ou après (AAAA-MM-JJ : minuit, heure locale, ou une heure ISO 8601).</translation>
    </message>
    <message>
        <source>Only events starting before the end of &lt;DATE&gt; (a day included; or before an ISO 8601 time).</source>
        <translation>Seulement les événements commençant avant la fin de &lt;DATE&gt; (un jour compris entièrement ; ou avant une heure ISO 8601).</translation>
    </message>
    <message>
        <source>CSV only: begin with a UTF-8 byte-order mark, so that Excel reads the text correctly.</source>
        <translation>CSV uniquement : commencer par une marque d’ordre des octets UTF-8, pour qu’Excel lise correctement le texte.</translation>
    </message>
    <message>
        <source>--excel only applies to --format csv</source>
        <translation>--excel ne s’applique qu’à --format csv</translation>
    </message>
    <message>
        <source>no space named &apos;%1&apos; among the stored events</source>
        <translation>aucun espace nommé « %1 » parmi les événements enregistrés</translation>
    </message>
    <message>
        <source>no creator named &apos;%1&apos; among the stored events</source>
        <translation>aucun créateur nommé « %1 » parmi les événements enregistrés</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export Events</source>
        <translation>Exporter les événements</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <source>For E&amp;xcel</source>
        <translation>Pour E&amp;xcel</translation>
    </message>
    <message>
        <source>Begins the file with a UTF-8 byte-order mark, so that Excel reads accents and emoji correctly.</source>
        <translation>Commence le fichier par une marque d’ordre des octets UTF-8, pour qu’Excel lise correctement les accents et les émojis.</translation>
    </message>
    <message>
        <source>Events:</source>
        <translation>Événements&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Shown in the table</source>
        <translation>&amp;Affichés dans le tableau</translation>
    </message>
    <message>
        <source>Se&amp;lected</source>
        <translation>&amp;Sélectionnés</translation>
    </message>
    <message>
        <source>&amp;All events</source>
        <translation>&amp;Tous les événements</translation>
    </message>
    <message>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>CSV (spreadsheets)</source>
        <translation>CSV (tableurs)</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>NDJSON (one JSON object a line)</source>
        <translation>NDJSON (un objet JSON par ligne)</translation>
    </message>
    <message>
        <source>iCalendar (calendar applications)</source>
        <translation>iCalendar (applications de calendrier)</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>&amp;Open Folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>&amp;Shown in the table (%1)</source>
        <translation>&amp;Affichés dans le tableau (%1)</translation>
    </message>
    <message>
        <source>Se&amp;lected (%1)</source>
        <translation>&amp;Sélectionnés (%1)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>The folder %1 does not exist.</source>
        <translation>Le dossier %1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Replace File</source>
        <translation>Remplacer le fichier</translation>
    </message>
    <message>
        <source>%1 already exists. Replace it?</source>
        <translation>%1 existe déjà. Le remplacer&#xa0;?</translation>
    </message>
    <message>
        <source>Counting the events…</source>
        <translation>Décompte des événements…</translation>
    </message>
    <message>
        <source>Exporting %1 of %2 events…</source>
        <translation>Export de %1 événements sur %2…</translation>
    </message>
    <message numerus="yes">
        <source>Exported %Ln event(s) to %1.</source>
        <translation>
            <numerusform>%Ln événement exporté vers %1.</numerusform>
            <numerusform>%Ln événements exportés vers %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln event(s) without a start time were left out.</source>
        <translation>
            <numerusform>%Ln événement sans heure de début a été ignoré.</numerusform>
            <numerusform>%Ln événements sans heure de début ont été ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled. Nothing was written.</source>
        <translation>Export annulé. Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>The export failed: %1. Nothing was written.</source>
        <translation>L’export a échoué&#xa0;: %1. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>ExportFileWriter</name>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Search title, summary, location, space, creator</source>
        <translation>Rechercher titre, résumé, lieu, espace, créateur</translation>
    </message>
    <message>
        <source>Show only events in the chosen spaces</source>
        <translation>Afficher uniquement les événements des espaces choisis</translation>
    </message>
    <message>
        <source>Space</source>
        <translation>Espace</translation>
    </message>
    <message>
        <source>Show only events created by the chosen members</source>
        <translation>Afficher uniquement les événements créés par les membres choisis</translation>
    </message>
    <message>
        <source>Creator</source>
        <translation>Créateur</translation>
    </message>
    <message>
        <source>Show only events of the chosen types</source>
        <translation>Afficher uniquement les événements des types choisis</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>When the events start</source>
        <translation>Quand les événements commencent</translation>
    </message>
    <message>
        <source>Any time</source>
        <translation>Toutes dates</translation>
    </message>
    <message>
        <source>Upcoming</source>
        <translation>À venir</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Aujourd’hui</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Passés</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Période personnalisée…</translation>
    </message>
    <message>
        <source>First day of the range</source>
        <translation>Premier jour de la période</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>Last day of the range</source>
        <translation>Dernier jour de la période</translation>
    </message>
    <message>
        <source>New since I last looked</source>
        <translation>Nouveaux depuis ma dernière visite</translation>
    </message>
    <message>
        <source>Remove every filter (Esc twice)</source>
        <translation>Retirer tous les filtres (Échap deux fois)</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>Show only events received after %1</source>
        <translation>Afficher uniquement les événements reçus après %1</translation>
    </message>
    <message>
        <source>Available once you have looked at the events</source>
        <translation>Disponible une fois que vous avez consulté les événements</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing to choose yet</source>
        <translation>Rien à choisir pour l’instant</translation>
    </message>
    <message>
        <source>Search: “%1”</source>
        <translation>Recherche&#xa0;: «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <source>New since %1</source>
        <translation>Nouveaux depuis %1</translation>
    </message>
    <message>
        <source>Events from a notification</source>
        <translation>Événements d’une notification</translation>
    </message>
    <message>
        <source>Remove “%1”</source>
        <translation>Retirer «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <source>%1: %2 chosen</source>
        <translation>%1&#xa0;: %2 choisis</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <source>1 event</source>
        <translation>1 événement</translation>
    </message>
    <message>
        <source>%1 events</source>
        <translation>%1 événements</translation>
    </message>
    <message>
        <source>%1 of 1 event</source>
        <translation>%1 sur 1 événement</translation>
    </message>
    <message>
        <source>%1 of %2 events</source>
        <translation>%1 sur %2 événements</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>Connect Mighty Networks to Eventwatch</source>
        <translation>Connecter Mighty Networks à Eventwatch</translation>
    </message>
    <message>
        <source>&amp;Skip</source>
        <translation>&amp;Ignorer</translation>
    </message>
    <message>
        <source>Close this guide; Help → Connect Mighty Networks… opens it again.</source>
        <translation>Fermer ce guide&#xa0;; Aide → Connecter Mighty Networks… permet de le rouvrir.</translation>
    </message>
</context>
<context>
    <name>HeadlessRunner</name>
    <message>
        <source>tunnel: starting ngrok</source>
        <translation>tunnel&#xa0;: démarrage de ngrok</translation>
    </message>
    <message>
        <source>tunnel: %1</source>
        <translation>tunnel&#xa0;: %1</translation>
    </message>
    <message>
        <source>the calendar feed is off: %1</source>
        <translation>le flux de calendrier est désactivé&#xa0;: %1</translation>
    </message>
    <message>
        <source>the calendar feed&apos;s token must differ from the webhook token</source>
        <translation>le jeton du flux de calendrier doit différer du jeton du webhook</translation>
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
        <translation>&amp;Événements</translation>
    </message>
    <message>
        <source>No events yet</source>
        <translation>Pas encore d’événements</translation>
    </message>
    <message>
        <source>&amp;Copy webhook URL</source>
        <translation>&amp;Copier l’URL du webhook</translation>
    </message>
    <message>
        <source>Send &amp;test delivery</source>
        <translation>Envoyer une livraison de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Deliveries</source>
        <translation>&amp;Livraisons</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>Send &amp;Test Delivery</source>
        <translation>Envoyer une livraison de &amp;test</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Copy Rows</source>
        <translation>&amp;Copier les lignes</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>&amp;Rechercher…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Mark All as &amp;Seen</source>
        <translation>Tout marquer comme &amp;vu</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>Ouvrir le dossier de &amp;données</translation>
    </message>
    <message>
        <source>&amp;About Eventwatch</source>
        <translation>À &amp;propos d’Eventwatch</translation>
    </message>
    <message>
        <source>Cannot read the event store: %1</source>
        <translation>Impossible de lire la base des événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>No deliveries yet</source>
        <translation>Aucune livraison pour l’instant</translation>
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
        <translation>URL du webhook copiée</translation>
    </message>
    <message>
        <source>This event is no longer stored.</source>
        <translation>Cet événement n’est plus enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>%n event(s)</source>
        <translation>
            <numerusform>%n événement</numerusform>
            <numerusform>%n événements</numerusform>
        </translation>
    </message>
    <message>
        <source>Last delivery %1</source>
        <translation>Dernière livraison à %1</translation>
    </message>
    <message>
        <source>Refused a delivery: %1 %2</source>
        <translation>Livraison refusée&#xa0;: %1 %2</translation>
    </message>
    <message numerus="yes">
        <source>Copied %n row(s)</source>
        <translation>
            <numerusform>%n ligne copiée</numerusform>
            <numerusform>%n lignes copiées</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a token, Eventwatch only listens on a loopback address such as 127.0.0.1.</source>
        <translation>Sans jeton, Eventwatch n’écoute que sur une adresse de bouclage comme 127.0.0.1.</translation>
    </message>
    <message>
        <source>Now listening on %1</source>
        <translation>Écoute désormais sur %1</translation>
    </message>
    <message>
        <source>%1. Eventwatch keeps listening on %2.</source>
        <translation>%1. Eventwatch continue d’écouter sur %2.</translation>
    </message>
    <message>
        <source>The receiver is not running, so there is nothing to send to.</source>
        <translation>Le récepteur ne fonctionne pas&#xa0;: il n’y a rien à qui envoyer.</translation>
    </message>
    <message>
        <source>Sending a test delivery…</source>
        <translation>Envoi d’une livraison de test…</translation>
    </message>
    <message>
        <source>About Eventwatch</source>
        <translation>À propos d’Eventwatch</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Eventwatch %1&lt;/h3&gt;&lt;p&gt;Receives Mighty Networks webhooks, keeps every delivery on this computer and shows the scheduled events.&lt;/p&gt;&lt;p&gt;Data: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Eventwatch %1&lt;/h3&gt;&lt;p&gt;Reçoit les webhooks de Mighty Networks, conserve chaque livraison sur cet ordinateur et affiche les événements programmés.&lt;/p&gt;&lt;p&gt;Données&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Listening on %1</source>
        <translation>Écoute sur %1</translation>
    </message>
    <message>
        <source>Eventwatch is ready. In your Mighty Networks admin, register this address as the webhook URL (through a tunnel such as cloudflared or ngrok for a public HTTPS address), and give the webhook token as its API key. New events appear here as they arrive.</source>
        <translation>Eventwatch est prêt. Dans l’administration de Mighty Networks, enregistrez cette adresse comme URL du webhook (via un tunnel comme cloudflared ou ngrok pour obtenir une adresse HTTPS publique) et indiquez le jeton du webhook comme clé d’API. Les nouveaux événements apparaissent ici dès leur arrivée.</translation>
    </message>
    <message>
        <source>Reading the webhook token…</source>
        <translation>Lecture du jeton du webhook…</translation>
    </message>
    <message>
        <source>Not receiving: no webhook token</source>
        <translation>Aucune réception&#xa0;: pas de jeton de webhook</translation>
    </message>
    <message>
        <source>Eventwatch receives no deliveries until a webhook token is set: open Settings (Ctrl+,) and click Generate.</source>
        <translation>Eventwatch ne reçoit aucune livraison tant qu’aucun jeton de webhook n’est défini&#xa0;: ouvrez les Paramètres (Ctrl+,) et cliquez sur «&#xa0;Générer&#xa0;».</translation>
    </message>
    <message>
        <source>Not receiving: the keychain is unavailable</source>
        <translation>Aucune réception&#xa0;: le trousseau n’est pas disponible</translation>
    </message>
    <message>
        <source>Eventwatch is not receiving deliveries: %1.</source>
        <translation>Eventwatch ne reçoit pas de livraisons&#xa0;: %1.</translation>
    </message>
    <message>
        <source>the receiver is stopped</source>
        <translation>le récepteur est arrêté</translation>
    </message>
    <message>
        <source>Not receiving: %1</source>
        <translation>Aucune réception&#xa0;: %1</translation>
    </message>
    <message>
        <source>Eventwatch is not receiving deliveries: %1. Change the port in Settings (Ctrl+,) or stop the program that uses it.</source>
        <translation>Eventwatch ne reçoit pas de livraisons&#xa0;: %1. Changez le port dans les Paramètres (Ctrl+,) ou arrêtez le programme qui l’utilise.</translation>
    </message>
    <message>
        <source>Reading token…</source>
        <translation>Lecture du jeton…</translation>
    </message>
    <message>
        <source>Reading the webhook token from the system keychain.</source>
        <translation>Lecture du jeton du webhook dans le trousseau du système.</translation>
    </message>
    <message>
        <source>Token set</source>
        <translation>Jeton défini</translation>
    </message>
    <message>
        <source>A webhook token is set: deliveries without it are refused.</source>
        <translation>Un jeton de webhook est défini&#xa0;: les livraisons sans ce jeton sont refusées.</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <source>No webhook token is set yet: generate one in Settings (Ctrl+,).</source>
        <translation>Aucun jeton de webhook n’est encore défini&#xa0;: générez-en un dans les Paramètres (Ctrl+,).</translation>
    </message>
    <message>
        <source>Keychain unavailable</source>
        <translation>Trousseau indisponible</translation>
    </message>
    <message>
        <source>No token: testing only</source>
        <translation>Sans jeton&#xa0;: tests uniquement</translation>
    </message>
    <message>
        <source>No webhook token is required: any local program can post deliveries.</source>
        <translation>Aucun jeton de webhook n’est exigé&#xa0;: n’importe quel programme local peut envoyer des livraisons.</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exporter…</translation>
    </message>
    <message>
        <source>&amp;Connect Mighty Networks…</source>
        <translation>&amp;Connecter Mighty Networks…</translation>
    </message>
    <message>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <source>Calendar &amp;feed</source>
        <translation>&amp;Flux de calendrier</translation>
    </message>
    <message>
        <source>Check from &amp;Outside</source>
        <translation>Vérifier depuis l’e&amp;xtérieur</translation>
    </message>
    <message>
        <source>Post a test delivery to the public webhook URL and confirm it comes back in</source>
        <translation>Envoyer une livraison de test à l’URL publique du webhook et vérifier qu’elle revient</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1
Webhook URL: %2</source>
        <translation>%1
URL du webhook&#xa0;: %2</translation>
    </message>
    <message>
        <source>The receiver is not running, so nothing can come back in.</source>
        <translation>Le récepteur ne fonctionne pas&#xa0;: rien ne peut revenir.</translation>
    </message>
    <message>
        <source>There is no public URL yet: choose a tunnel or enter the address in Settings (Ctrl+,) → Public URL.</source>
        <translation>Il n’y a pas encore d’URL publique&#xa0;: choisissez un tunnel ou saisissez l’adresse dans les Paramètres (Ctrl+,) → URL publique.</translation>
    </message>
    <message>
        <source>Checking %1 from outside…</source>
        <translation>Vérification de %1 depuis l’extérieur…</translation>
    </message>
    <message>
        <source>&amp;Public URL</source>
        <translation>&amp;URL publique</translation>
    </message>
    <message>
        <source>First delivery received</source>
        <translation>Première livraison reçue</translation>
    </message>
</context>
<context>
    <name>NgrokApiClient</name>
    <message>
        <source>no ngrok agent answers at %1</source>
        <translation>aucun agent ngrok ne répond à l’adresse %1</translation>
    </message>
    <message>
        <source>the ngrok API at %1 answered too slowly or too much</source>
        <translation>l’API ngrok à l’adresse %1 a répondu trop lentement ou avec trop de données</translation>
    </message>
    <message>
        <source>the ngrok API at %1 failed: %2</source>
        <translation>l’API ngrok à l’adresse %1 a échoué&#xa0;: %2</translation>
    </message>
    <message>
        <source>%1 does not answer like an ngrok agent</source>
        <translation>%1 ne répond pas comme un agent ngrok</translation>
    </message>
</context>
<context>
    <name>NotificationController</name>
    <message>
        <source>Notifications off</source>
        <translation>Notifications désactivées</translation>
    </message>
    <message>
        <source>Notifications are off: %1</source>
        <translation>Les notifications sont désactivées&#xa0;: %1</translation>
    </message>
    <message>
        <source>Eventwatch is still receiving</source>
        <translation>Eventwatch continue de recevoir</translation>
    </message>
    <message>
        <source>It keeps running in the system tray. To quit, choose Quit in the tray icon&apos;s menu.</source>
        <translation>Il continue de fonctionner dans la zone de notification. Pour quitter, choisissez «&#xa0;Quitter&#xa0;» dans le menu de son icône.</translation>
    </message>
    <message>
        <source>Quit Eventwatch?</source>
        <translation>Quitter Eventwatch&#xa0;?</translation>
    </message>
    <message>
        <source>While Eventwatch is not running, deliveries from Mighty Networks are refused. Mighty Networks retries them for a few hours.</source>
        <translation>Tant qu’Eventwatch ne fonctionne pas, les livraisons de Mighty Networks sont refusées. Mighty Networks les renvoie pendant quelques heures.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
</context>
<context>
    <name>NotificationLedger</name>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d’ouvrir %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>cannot prepare %1: %2</source>
        <translation>impossible de préparer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>NotificationSettingsPage</name>
    <message>
        <source>Show &amp;desktop notifications</source>
        <translation>Afficher les notifications du &amp;bureau</translation>
    </message>
    <message>
        <source>Tell me about</source>
        <translation>Me prévenir pour</translation>
    </message>
    <message>
        <source>&amp;New events</source>
        <translation>Nouveaux &amp;événements</translation>
    </message>
    <message>
        <source>Updates that &amp;move an event to another time or place</source>
        <translation>Mises à jour qui &amp;déplacent un événement (date ou lieu)</translation>
    </message>
    <message>
        <source>&amp;Cancellations</source>
        <translation>&amp;Annulations</translation>
    </message>
    <message>
        <source>RSVP &amp;milestones: the first “yes”, then 10, 25, 50, 100…</source>
        <translation>&amp;Paliers de réponses&#xa0;: le premier «&#xa0;oui&#xa0;», puis 10, 25, 50, 100…</translation>
    </message>
    <message>
        <source>&amp;Remind me</source>
        <translation>Me &amp;rappeler</translation>
    </message>
    <message>
        <source>Minutes before an event starts</source>
        <translation>Minutes avant le début d’un événement</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>before an event starts</source>
        <translation>avant le début d’un événement</translation>
    </message>
    <message>
        <source>&amp;Quiet hours</source>
        <translation>&amp;Heures calmes</translation>
    </message>
    <message>
        <source>No notifications from</source>
        <translation>Pas de notifications de</translation>
    </message>
    <message>
        <source>to</source>
        <translation>à</translation>
    </message>
    <message>
        <source>Mute spaces</source>
        <translation>Espaces en sourdine</translation>
    </message>
    <message>
        <source>No notifications about events in the spaces checked here.</source>
        <translation>Aucune notification pour les événements des espaces cochés ici.</translation>
    </message>
    <message>
        <source>Muted spaces</source>
        <translation>Espaces en sourdine</translation>
    </message>
    <message>
        <source>Space %1</source>
        <translation>Espace %1</translation>
    </message>
    <message>
        <source>No spaces yet: they appear with their first event.</source>
        <translation>Pas encore d’espace&#xa0;: ils arrivent avec leur premier événement.</translation>
    </message>
</context>
<context>
    <name>NotificationText</name>
    <message numerus="yes">
        <source>%n new events</source>
        <comment>more than three</comment>
        <translation>
            <numerusform>%n nouvel événement</numerusform>
            <numerusform>%n nouveaux événements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 in %2</source>
        <comment>12 new events in 3 spaces</comment>
        <translation>%1 dans %2</translation>
    </message>
    <message numerus="yes">
        <source>%n spaces</source>
        <comment>two or more</comment>
        <translation>
            <numerusform>%n espace</numerusform>
            <numerusform>%n espaces</numerusform>
        </translation>
    </message>
    <message>
        <source>Untitled event</source>
        <translation>Événement sans titre</translation>
    </message>
    <message>
        <source>They arrived together. Click to see them in Eventwatch.</source>
        <translation>Ils sont arrivés ensemble. Cliquez pour les voir dans Eventwatch.</translation>
    </message>
    <message>
        <source>No start time given</source>
        <translation>Aucune heure de début indiquée</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>date, time</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Moved to %1</source>
        <translation>Déplacé vers %1</translation>
    </message>
    <message>
        <source>Moved to a new time</source>
        <translation>Déplacé à une nouvelle heure</translation>
    </message>
    <message>
        <source>Canceled</source>
        <translation>Annulé</translation>
    </message>
    <message>
        <source>First “yes”</source>
        <translation>Premier «&#xa0;oui&#xa0;»</translation>
    </message>
    <message numerus="yes">
        <source>%n people said “yes”</source>
        <comment>ten or more</comment>
        <translation>
            <numerusform>%n personne a dit « oui »</numerusform>
            <numerusform>%n personnes ont dit « oui »</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Starts in %n min</source>
        <translation>
            <numerusform>Commence dans %n min</numerusform>
            <numerusform>Commence dans %n min</numerusform>
        </translation>
    </message>
    <message>
        <source>In %1 · by %2</source>
        <translation>Dans %1 · par %2</translation>
    </message>
    <message>
        <source>In %1</source>
        <translation>Dans %1</translation>
    </message>
    <message>
        <source>By %1</source>
        <translation>Par %1</translation>
    </message>
</context>
<context>
    <name>ProfileId</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d’écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>PublicUrlCheck</name>
    <message>
        <source>DNS: the host %1 is not found. Check the public URL; a quick tunnel gets a new address each time it starts.</source>
        <translation>DNS&#xa0;: l’hôte %1 est introuvable. Vérifiez l’URL publique&#xa0;; un tunnel rapide obtient une nouvelle adresse à chaque démarrage.</translation>
    </message>
    <message>
        <source>The tunnel is down: %1 did not answer (%2). Check that the tunnel runs.</source>
        <translation>Le tunnel est coupé&#xa0;: %1 n’a pas répondu (%2). Vérifiez que le tunnel fonctionne.</translation>
    </message>
    <message>
        <source>The tunnel is down: %1 answered %2 for it. Check that the tunnel runs and forwards to Eventwatch&apos;s port.</source>
        <translation>Le tunnel est coupé&#xa0;: %1 a répondu %2 à sa place. Vérifiez que le tunnel fonctionne et redirige vers le port d’Eventwatch.</translation>
    </message>
    <message>
        <source>Wrong token: Eventwatch answered through the tunnel but refused the token (401).</source>
        <translation>Jeton incorrect&#xa0;: Eventwatch a répondu via le tunnel, mais a refusé le jeton (401).</translation>
    </message>
    <message>
        <source>Passed: the test delivery went out to %1 and came back in.</source>
        <translation>Réussi&#xa0;: la livraison de test est partie vers %1 et est bien revenue.</translation>
    </message>
    <message>
        <source>The test delivery was answered, but the store cannot be read: %1</source>
        <translation>La livraison de test a reçu une réponse, mais la base des événements est illisible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Wrong port or service: %1 answered %2, but the delivery did not arrive here. The tunnel forwards to another port or program.</source>
        <translation>Mauvais port ou service&#xa0;: %1 a répondu %2, mais la livraison n’est pas arrivée ici. Le tunnel redirige vers un autre port ou programme.</translation>
    </message>
    <message>
        <source>%1 answered %2 (%3).</source>
        <translation>%1 a répondu %2 (%3).</translation>
    </message>
</context>
<context>
    <name>PublicUrlPanel</name>
    <message>
        <source>Mighty Networks reaches Eventwatch only through a public HTTPS address. A tunnel gives this computer one.</source>
        <translation>Mighty Networks ne joint Eventwatch que par une adresse HTTPS publique. Un tunnel en fournit une à cet ordinateur.</translation>
    </message>
    <message>
        <source>Public address from</source>
        <translation>Adresse publique fournie par</translation>
    </message>
    <message>
        <source>&amp;No tunnel: I enter the public URL myself</source>
        <translation>&amp;Aucun tunnel&#xa0;: je saisis l’URL publique moi-même</translation>
    </message>
    <message>
        <source>https://events.example.com</source>
        <translation>https://events.example.com</translation>
    </message>
    <message>
        <source>Public URL</source>
        <translation>URL publique</translation>
    </message>
    <message>
        <source>n&amp;grok</source>
        <translation>n&amp;grok</translation>
    </message>
    <message>
        <source>&amp;cloudflared (a quick tunnel, no account needed)</source>
        <translation>&amp;cloudflared (un tunnel rapide, sans compte)</translation>
    </message>
    <message>
        <source>&amp;Start ngrok</source>
        <translation>&amp;Démarrer ngrok</translation>
    </message>
    <message>
        <source>&amp;Webhook URL for Mighty Networks:</source>
        <translation>URL du &amp;webhook pour Mighty Networks&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>C&amp;opier</translation>
    </message>
    <message>
        <source>Check from &amp;outside</source>
        <translation>Vérifier depuis l’e&amp;xtérieur</translation>
    </message>
    <message>
        <source>Posts a test delivery to the public webhook URL and confirms that it comes back in.</source>
        <translation>Envoie une livraison de test à l’URL publique du webhook et vérifie qu’elle revient.</translation>
    </message>
    <message>
        <source>Webhook URL copied.</source>
        <translation>URL du webhook copiée.</translation>
    </message>
    <message>
        <source>Enter an address such as https://events.example.com.</source>
        <translation>Saisissez une adresse comme https://events.example.com.</translation>
    </message>
    <message>
        <source>Neither ngrok nor cloudflared is installed. Install one of them, then choose it here: &lt;a href=&quot;https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/&quot;&gt;cloudflared&lt;/a&gt; (no account needed; on Debian the cloudflared .deb from Cloudflare) or &lt;a href=&quot;https://ngrok.com/download&quot;&gt;ngrok&lt;/a&gt; (a free account and &lt;code&gt;ngrok config add-authtoken&lt;/code&gt;).</source>
        <translation>Ni ngrok ni cloudflared n’est installé. Installez l’un des deux, puis choisissez-le ici&#xa0;: &lt;a href=&quot;https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/&quot;&gt;cloudflared&lt;/a&gt; (sans compte&#xa0;; sur Debian, le paquet .deb cloudflared de Cloudflare) ou &lt;a href=&quot;https://ngrok.com/download&quot;&gt;ngrok&lt;/a&gt; (un compte gratuit et &lt;code&gt;ngrok config add-authtoken&lt;/code&gt;).</translation>
    </message>
    <message>
        <source>Sending a test delivery through the public URL…</source>
        <translation>Envoi d’une livraison de test via l’URL publique…</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>its unlock prompt was dismissed or could not be shown</source>
        <translation>la demande de déverrouillage a été fermée ou n’a pas pu s’afficher</translation>
    </message>
    <message>
        <source>there is no D-Bus session bus: DBUS_SESSION_BUS_ADDRESS is %1</source>
        <translation>il n’y a pas de bus de session D-Bus&#xa0;: DBUS_SESSION_BUS_ADDRESS est %1</translation>
    </message>
    <message>
        <source>not set</source>
        <translation>non défini</translation>
    </message>
    <message>
        <source>set, but nobody answers there</source>
        <translation>défini, mais personne n’y répond</translation>
    </message>
</context>
<context>
    <name>ReceiverService</name>
    <message>
        <source>cannot create the data directory %1</source>
        <translation>impossible de créer le dossier de données %1</translation>
    </message>
    <message>
        <source>no webhook token is set</source>
        <translation>aucun jeton de webhook n’est défini</translation>
    </message>
</context>
<context>
    <name>SchemaMigrations</name>
    <message>
        <source>the database was written by a newer Eventwatch (schema %1)</source>
        <translation>la base de données a été écrite par une version plus récente d’Eventwatch (schéma %1)</translation>
    </message>
</context>
<context>
    <name>SecretResult</name>
    <message>
        <source>no token is set yet</source>
        <translation>aucun jeton n’est encore défini</translation>
    </message>
    <message>
        <source>the system keychain is locked (%1). Unlock it (log in to the desktop, or unlock the &quot;Login&quot; keyring), or start Eventwatch with --token-file FILE</source>
        <translation>le trousseau du système est verrouillé (%1). Déverrouillez-le (ouvrez une session sur le bureau ou déverrouillez le trousseau «&#xa0;Connexion&#xa0;»), ou lancez Eventwatch avec --token-file FILE</translation>
    </message>
    <message>
        <source>the system keychain cannot be reached (%1). Run Eventwatch in a desktop session with a Secret Service such as GNOME Keyring or KWallet, or start it with --token-file FILE</source>
        <translation>le trousseau du système est injoignable (%1). Lancez Eventwatch dans une session de bureau disposant d’un Secret Service comme GNOME Keyring ou KWallet, ou avec --token-file FILE</translation>
    </message>
    <message>
        <source>the system keychain reported an error: %1</source>
        <translation>le trousseau du système a signalé une erreur&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Settings</name>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>%1 is not a valid settings file</source>
        <translation>%1 n’est pas un fichier de paramètres valide</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Général</translation>
    </message>
    <message>
        <source>Receiver</source>
        <translation>Récepteur</translation>
    </message>
    <message>
        <source>&amp;Listen on address:</source>
        <translation>Écouter sur l’&amp;adresse&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <source>Largest &amp;delivery:</source>
        <translation>Taille &amp;maximale d’une livraison&#xa0;:</translation>
    </message>
    <message>
        <source>Larger deliveries are refused with 413 Payload Too Large</source>
        <translation>Les livraisons plus grandes sont refusées avec 413 Payload Too Large</translation>
    </message>
    <message>
        <source> KiB</source>
        <translation> Kio</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Data directory:</source>
        <translation>Dossier de données&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>&amp;Ouvrir le dossier</translation>
    </message>
    <message>
        <source>L&amp;anguage:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <source>Applied the next time Eventwatch starts.</source>
        <translation>Prise en compte au prochain démarrage d’Eventwatch.</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Notifications</translation>
    </message>
    <message>
        <source>System (%1)</source>
        <translation>Système (%1)</translation>
    </message>
    <message>
        <source>Applied.</source>
        <translation>Appliqué.</translation>
    </message>
    <message>
        <source>The receiver uses the new values, but they could not be saved: %1</source>
        <translation>Le récepteur utilise les nouvelles valeurs, mais elles n’ont pas pu être enregistrées&#xa0;: %1</translation>
    </message>
    <message>
        <source>The notification settings apply now but could not be saved: %1</source>
        <translation>Les paramètres de notification s’appliquent dès maintenant, mais n’ont pas pu être enregistrés&#xa0;: %1</translation>
    </message>
    <message>
        <source>The language could not be saved: %1</source>
        <translation>La langue n’a pas pu être enregistrée&#xa0;: %1</translation>
    </message>
    <message>
        <source>Restarting the receiver…</source>
        <translation>Redémarrage du récepteur…</translation>
    </message>
    <message>
        <source>%1 does not exist yet.</source>
        <translation>%1 n’existe pas encore.</translation>
    </message>
    <message>
        <source>No file manager could open %1.</source>
        <translation>Aucun gestionnaire de fichiers n’a pu ouvrir %1.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 (this computer only) or 0.0.0.0 (every network).</source>
        <translation>Saisissez une adresse IP, par exemple 127.0.0.1 (cet ordinateur seulement) ou 0.0.0.0 (tous les réseaux).</translation>
    </message>
    <message>
        <source>Only this computer can connect. A tunnel running here (cloudflared, ngrok) reaches it; this is the safe choice.</source>
        <translation>Seul cet ordinateur peut se connecter. Un tunnel qui tourne ici (cloudflared, ngrok) l’atteint&#xa0;; c’est le choix sûr.</translation>
    </message>
    <message>
        <source>Every network this computer is on can reach the receiver. Use this only when the tunnel runs on another machine.</source>
        <translation>Tous les réseaux auxquels cet ordinateur est relié peuvent atteindre le récepteur. À n’utiliser que si le tunnel tourne sur une autre machine.</translation>
    </message>
    <message>
        <source>Other computers that can reach %1 can send to the receiver. A tunnel on this computer only needs 127.0.0.1.</source>
        <translation>Les autres ordinateurs qui peuvent joindre %1 peuvent envoyer au récepteur. Un tunnel sur cet ordinateur n’a besoin que de 127.0.0.1.</translation>
    </message>
    <message>
        <source>User interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>System</source>
        <translation>Système</translation>
    </message>
</context>
<context>
    <name>TestDeliverySender</name>
    <message>
        <source>The test delivery was received and stored.</source>
        <translation>La livraison de test a été reçue et enregistrée.</translation>
    </message>
    <message>
        <source>The receiver answered %1: %2</source>
        <translation>Le récepteur a répondu %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>No answer from %1: %2</source>
        <translation>Aucune réponse de %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TokenCommand</name>
    <message>
        <source>Paste the token, then press Enter:</source>
        <translation>Collez le jeton, puis appuyez sur Entrée&#xa0;:</translation>
    </message>
    <message>
        <source>The data directory whose token is meant (default: %1).</source>
        <translation>Le dossier de données dont le jeton est visé (par défaut&#xa0;: %1).</translation>
    </message>
    <message>
        <source>generate: replace a token that is already set.</source>
        <translation>generate&#xa0;: remplacer un jeton déjà défini.</translation>
    </message>
    <message>
        <source>give one of generate, show, set, clear (see `eventwatch token --help`)</source>
        <translation>indiquez generate, show, set ou clear (voir `eventwatch token --help`)</translation>
    </message>
    <message>
        <source>--data-dir must not be empty</source>
        <translation>--data-dir ne doit pas être vide</translation>
    </message>
    <message>
        <source>unknown token action &apos;%1&apos;: use generate, show, set or clear</source>
        <translation>action «&#xa0;%1&#xa0;» inconnue pour le jeton&#xa0;: utilisez generate, show, set ou clear</translation>
    </message>
    <message>
        <source>a webhook token is already set for %1 and Mighty Networks may be using it; `eventwatch token show` prints it, `eventwatch token generate --replace` replaces it</source>
        <translation>un jeton de webhook est déjà défini pour %1 et Mighty Networks l’utilise peut-être&#xa0;; `eventwatch token show` l’affiche, `eventwatch token generate --replace` le remplace</translation>
    </message>
    <message>
        <source>Stored a new webhook token for %1 in the system keychain. Give it to Mighty Networks as the webhook&apos;s API key; `eventwatch token show` prints it again.</source>
        <translation>Nouveau jeton de webhook pour %1 enregistré dans le trousseau du système. Donnez-le à Mighty Networks comme clé d’API du webhook&#xa0;; `eventwatch token show` l’affiche à nouveau.</translation>
    </message>
    <message>
        <source>Stored the webhook token for %1.</source>
        <translation>Jeton de webhook enregistré pour %1.</translation>
    </message>
    <message>
        <source>Removed the webhook token of %1: deliveries are refused until a new one is set.</source>
        <translation>Jeton de webhook de %1 supprimé&#xa0;: les livraisons sont refusées jusqu’à ce qu’un nouveau soit défini.</translation>
    </message>
    <message>
        <source>Usage: eventwatch token generate|show|set|clear [--data-dir DIR]

The webhook token Mighty Networks sends as its API key, kept in the system keychain.
  generate  create a random token, store it and print it (last line)
  show      print the stored token
  set       store a token read from standard input
  clear     remove the stored token</source>
        <translation>Utilisation&#xa0;: eventwatch token generate|show|set|clear [--data-dir DIR]

Le jeton de webhook que Mighty Networks envoie comme clé d’API, conservé dans le trousseau du système.
  generate  créer un jeton aléatoire, l’enregistrer et l’afficher (dernière ligne)
  show      afficher le jeton enregistré
  set       enregistrer un jeton lu sur l’entrée standard
  clear     supprimer le jeton enregistré</translation>
    </message>
    <message>
        <source>The calendar feed&apos;s token instead of the webhook&apos;s.</source>
        <translation>Le jeton du flux de calendrier au lieu de celui du webhook.</translation>
    </message>
    <message>
        <source>a calendar feed token is already set for %1 and calendars may be subscribed with it; `eventwatch token show --feed` prints it, `eventwatch token generate --feed --replace` replaces it</source>
        <translation>un jeton du flux de calendrier est déjà défini pour %1 et des calendriers y sont peut-être abonnés&#xa0;; `eventwatch token show --feed` l’affiche, `eventwatch token generate --feed --replace` le remplace</translation>
    </message>
    <message>
        <source>the webhook token and the calendar feed token must differ</source>
        <translation>le jeton du webhook et le jeton du flux de calendrier doivent être différents</translation>
    </message>
    <message>
        <source>Stored the calendar feed token for %1.</source>
        <translation>Jeton du flux de calendrier enregistré pour %1.</translation>
    </message>
    <message>
        <source>Removed the calendar feed token of %1: the feed answers 404 until a new one is set.</source>
        <translation>Jeton du flux de calendrier de %1 supprimé&#xa0;: le flux répond 404 jusqu’à ce qu’un nouveau soit défini.</translation>
    </message>
    <message>
        <source>With --feed, the same for the calendar feed&apos;s token: it opens /calendar.ics?token=&lt;token&gt; for calendar applications and nothing else.</source>
        <translation>Avec --feed, la même chose pour le jeton du flux de calendrier&#xa0;: il donne accès à /calendar.ics?token=&lt;token&gt; aux applications de calendrier, et à rien d’autre.</translation>
    </message>
    <message>
        <source>Stored a new calendar feed token for %1 in the system keychain. Subscribe to &lt;address&gt;/calendar.ics?token=&lt;token&gt;.</source>
        <translation>Nouveau jeton du flux de calendrier pour %1 enregistré dans le trousseau du système. Abonnez-vous à &lt;address&gt;/calendar.ics?token=&lt;token&gt;.</translation>
    </message>
    <message>
        <source>The previous subscription address no longer works.</source>
        <translation>L’ancienne adresse d’abonnement ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>TokenFile</name>
    <message>
        <source>token file %1 does not exist</source>
        <translation>le fichier de jeton %1 n’existe pas</translation>
    </message>
    <message>
        <source>token file %1 is readable by group or others; run: chmod 600 %1</source>
        <translation>le fichier de jeton %1 est lisible par le groupe ou les autres&#xa0;; exécutez&#xa0;: chmod 600 %1</translation>
    </message>
    <message>
        <source>cannot read token file %1: %2</source>
        <translation>impossible de lire le fichier de jeton %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>token file %1 is larger than %2 bytes</source>
        <translation>le fichier de jeton %1 dépasse %2 octets</translation>
    </message>
    <message>
        <source>token file %1 is empty</source>
        <translation>le fichier de jeton %1 est vide</translation>
    </message>
</context>
<context>
    <name>TokenKeychain</name>
    <message>
        <source>the token is too short: give at least %1 characters</source>
        <translation>le jeton est trop court&#xa0;: indiquez au moins %1 caractères</translation>
    </message>
    <message>
        <source>the token is too long: at most %1 characters</source>
        <translation>le jeton est trop long&#xa0;: %1 caractères au maximum</translation>
    </message>
    <message>
        <source>the token may only contain printable ASCII without spaces</source>
        <translation>le jeton ne peut contenir que des caractères ASCII imprimables, sans espaces</translation>
    </message>
    <message>
        <source>no webhook token is set for %1 in the system keychain: run `eventwatch token generate --data-dir %1`, or start with --token-file FILE</source>
        <translation>aucun jeton de webhook n’est défini pour %1 dans le trousseau du système&#xa0;: exécutez `eventwatch token generate --data-dir %1` ou lancez avec --token-file FILE</translation>
    </message>
    <message>
        <source>no calendar feed token is set for %1 in the system keychain: run `eventwatch token generate --feed --data-dir %1`</source>
        <translation>aucun jeton du flux de calendrier n’est défini pour %1 dans le trousseau du système&#xa0;: exécutez `eventwatch token generate --feed --data-dir %1`</translation>
    </message>
</context>
<context>
    <name>TokenReplacement</name>
    <message>
        <source>Replace the webhook token?</source>
        <translation>Remplacer le jeton du webhook&#xa0;?</translation>
    </message>
    <message>
        <source>Mighty Networks sends the current token. After replacing it, deliveries are refused until you paste the new token into Mighty Networks.</source>
        <translation>Mighty Networks envoie le jeton actuel. Une fois remplacé, les livraisons sont refusées tant que vous n’avez pas collé le nouveau jeton dans Mighty Networks.</translation>
    </message>
    <message>
        <source>Replace the feed token?</source>
        <translation>Remplacer le jeton du flux&#xa0;?</translation>
    </message>
    <message>
        <source>Calendars subscribed with the current address stop receiving updates until they are subscribed again with the new address.</source>
        <translation>Les calendriers abonnés avec l’adresse actuelle ne reçoivent plus de mises à jour tant qu’ils ne sont pas réabonnés avec la nouvelle adresse.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <source>&amp;Show Eventwatch</source>
        <translation>&amp;Afficher Eventwatch</translation>
    </message>
    <message>
        <source>&amp;Pause Notifications for 1 Hour</source>
        <translation>&amp;Suspendre les notifications pendant 1 heure</translation>
    </message>
    <message>
        <source>&amp;Copy Webhook URL</source>
        <translation>&amp;Copier l’URL du webhook</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>No unread events</source>
        <translation>Aucun événement non lu</translation>
    </message>
    <message>
        <source>1 unread event</source>
        <translation>1 événement non lu</translation>
    </message>
    <message numerus="yes">
        <source>%n unread events</source>
        <comment>two or more</comment>
        <translation>
            <numerusform>%n événement non lu</numerusform>
            <numerusform>%n événements non lus</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications paused until %1</source>
        <translation>Notifications suspendues jusqu’à %1</translation>
    </message>
</context>
<context>
    <name>TunnelController</name>
    <message>
        <source>cloudflared is not installed (see https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/)</source>
        <translation>cloudflared n’est pas installé (voir https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/)</translation>
    </message>
    <message>
        <source>starting cloudflared</source>
        <translation>démarrage de cloudflared</translation>
    </message>
    <message>
        <source>asking the ngrok agent</source>
        <translation>interrogation de l’agent ngrok</translation>
    </message>
    <message>
        <source>ngrok is not installed (see https://ngrok.com/download)</source>
        <translation>ngrok n’est pas installé (voir https://ngrok.com/download)</translation>
    </message>
    <message>
        <source>starting ngrok</source>
        <translation>démarrage de ngrok</translation>
    </message>
    <message>
        <source>waiting for %1&apos;s address</source>
        <translation>attente de l’adresse de %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (starting again in %n s)</source>
        <translation>
            <numerusform>%1 (redémarrage dans %n s)</numerusform>
            <numerusform>%1 (redémarrage dans %n s)</numerusform>
        </translation>
    </message>
    <message>
        <source>ngrok runs, but none of its tunnels forwards to port %1: run &quot;ngrok http %1&quot;</source>
        <translation>ngrok fonctionne, mais aucun de ses tunnels ne redirige vers le port %1&#xa0;: exécutez «&#xa0;ngrok http %1&#xa0;»</translation>
    </message>
    <message>
        <source>waiting for ngrok&apos;s address</source>
        <translation>attente de l’adresse de ngrok</translation>
    </message>
    <message>
        <source>ngrok is not running</source>
        <translation>ngrok ne fonctionne pas</translation>
    </message>
</context>
<context>
    <name>TunnelProcess</name>
    <message>
        <source>%1 crashed</source>
        <translation>%1 a planté</translation>
    </message>
    <message>
        <source>%1 exited with status %2</source>
        <translation>%1 s’est arrêté avec le code %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>TunnelStateText</name>
    <message>
        <source>No public URL</source>
        <translation>Aucune URL publique</translation>
    </message>
    <message>
        <source>Public URL set by hand</source>
        <translation>URL publique saisie manuellement</translation>
    </message>
    <message>
        <source>%1: off (the receiver is not running)</source>
        <translation>%1&#xa0;: arrêté (le récepteur ne fonctionne pas)</translation>
    </message>
    <message>
        <source>%1: starting…</source>
        <translation>%1&#xa0;: démarrage…</translation>
    </message>
    <message>
        <source>%1: up</source>
        <translation>%1&#xa0;: actif</translation>
    </message>
    <message>
        <source>%1: down (%2)</source>
        <translation>%1&#xa0;: coupé (%2)</translation>
    </message>
    <message>
        <source>No public URL yet: until you enter one, Mighty Networks cannot reach Eventwatch, and the address shown is only reachable from this computer.</source>
        <translation>Pas encore d’URL publique&#xa0;: tant que vous n’en saisissez pas, Mighty Networks ne peut pas joindre Eventwatch, et l’adresse affichée n’est accessible que depuis cet ordinateur.</translation>
    </message>
    <message>
        <source>Mighty Networks posts to the address you entered; make sure it forwards to this computer&apos;s receiver.</source>
        <translation>Mighty Networks envoie à l’adresse que vous avez saisie&#xa0;; assurez-vous qu’elle redirige vers le récepteur de cet ordinateur.</translation>
    </message>
    <message>
        <source>%1 starts once the receiver runs.</source>
        <translation>%1 démarrera dès que le récepteur fonctionnera.</translation>
    </message>
    <message>
        <source>%1 is starting: %2…</source>
        <translation>%1 démarre&#xa0;: %2…</translation>
    </message>
    <message>
        <source>%1 is up at %2.</source>
        <translation>%1 est actif à l’adresse %2.</translation>
    </message>
    <message>
        <source>%1 is down: %2.</source>
        <translation>%1 est coupé&#xa0;: %2.</translation>
    </message>
</context>
<context>
    <name>WebhookServer</name>
    <message>
        <source>cannot listen on %1:%2: %3</source>
        <translation>impossible d’écouter sur %1:%2&#xa0;: %3</translation>
    </message>
</context>
<context>
    <name>WebhookTokenController</name>
    <message>
        <source>The new token was not stored: %1</source>
        <translation>Le nouveau jeton n’a pas été enregistré&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>WebhookTokenPanel</name>
    <message>
        <source>Webhook token</source>
        <translation>Jeton du webhook</translation>
    </message>
    <message>
        <source>No token</source>
        <translation>Aucun jeton</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Révéler</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copier</translation>
    </message>
    <message>
        <source>&amp;Generate</source>
        <translation>G&amp;énérer</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>Mas&amp;quer</translation>
    </message>
    <message>
        <source>&amp;Generate new…</source>
        <translation>G&amp;énérer un nouveau…</translation>
    </message>
    <message>
        <source>Reading the token from the system keychain…</source>
        <translation>Lecture du jeton dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Set, kept in the system keychain. Mighty Networks sends it as the webhook&apos;s API key; deliveries without it are refused.</source>
        <translation>Défini, conservé dans le trousseau du système. Mighty Networks l’envoie comme clé d’API du webhook&#xa0;; les livraisons sans ce jeton sont refusées.</translation>
    </message>
    <message>
        <source>Not set yet. Generate one, then give it to Mighty Networks as the webhook&apos;s API key. Until then Eventwatch does not receive deliveries.</source>
        <translation>Pas encore défini. Générez-en un, puis donnez-le à Mighty Networks comme clé d’API du webhook. D’ici là, Eventwatch ne reçoit aucune livraison.</translation>
    </message>
    <message>
        <source>The keychain is unavailable: %1</source>
        <translation>Le trousseau n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>Read from %1 (--token-file). Edit that file to change it.</source>
        <translation>Lu depuis %1 (--token-file). Modifiez ce fichier pour le changer.</translation>
    </message>
    <message>
        <source>Not required (--no-auth): any program on this computer can post deliveries.</source>
        <translation>Non exigé (--no-auth)&#xa0;: n’importe quel programme de cet ordinateur peut envoyer des livraisons.</translation>
    </message>
</context>
<context>
    <name>WizardConnectPage</name>
    <message>
        <source>Paste these into Mighty Networks</source>
        <translation>Collez ces informations dans Mighty Networks</translation>
    </message>
    <message>
        <source>In your network&apos;s Admin, open the Admin API settings where webhooks are registered, and add a webhook.</source>
        <translation>Dans l’administration de votre réseau, ouvrez les paramètres de l’Admin API, où sont enregistrés les webhooks, puis ajoutez un webhook.</translation>
    </message>
    <message>
        <source>Webhook URL:</source>
        <translation>URL du webhook&#xa0;:</translation>
    </message>
    <message>
        <source>Webhook URL</source>
        <translation>URL du webhook</translation>
    </message>
    <message>
        <source>Copy &amp;URL</source>
        <translation>Copier l’&amp;URL</translation>
    </message>
    <message>
        <source>API key:</source>
        <translation>Clé d’API&#xa0;:</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé d’API</translation>
    </message>
    <message>
        <source>Copy API &amp;key</source>
        <translation>Copier la &amp;clé d’API</translation>
    </message>
    <message>
        <source>S&amp;how the API key</source>
        <translation>&amp;Afficher la clé d’API</translation>
    </message>
    <message>
        <source>&lt;ol&gt;
&lt;li&gt;Paste the &lt;b&gt;webhook URL&lt;/b&gt; into the webhook&apos;s &lt;b&gt;URL&lt;/b&gt; field.&lt;/li&gt;
&lt;li&gt;Paste the &lt;b&gt;API key&lt;/b&gt; into its &lt;b&gt;API key&lt;/b&gt; field. Mighty Networks sends it with every webhook; keep it secret.&lt;/li&gt;
&lt;li&gt;Choose the webhooks to send: at least EventCreated, EventUpdated and the RSVP ones (RsvpCreated, RsvpUpdated, RsvpDeleted). Then save.&lt;/li&gt;
&lt;/ol&gt;</source>
        <translation>&lt;ol&gt;
&lt;li&gt;Collez l’&lt;b&gt;URL du webhook&lt;/b&gt; dans le champ &lt;b&gt;URL&lt;/b&gt; du webhook.&lt;/li&gt;
&lt;li&gt;Collez la &lt;b&gt;clé d’API&lt;/b&gt; dans son champ &lt;b&gt;API key&lt;/b&gt;. Mighty Networks l’envoie avec chaque webhook&#xa0;; gardez-la secrète.&lt;/li&gt;
&lt;li&gt;Choisissez les webhooks à envoyer&#xa0;: au moins EventCreated, EventUpdated et ceux des réponses (RsvpCreated, RsvpUpdated, RsvpDeleted). Puis enregistrez.&lt;/li&gt;
&lt;/ol&gt;</translation>
    </message>
    <message>
        <source>The webhook URL is copied.</source>
        <translation>L’URL du webhook est copiée.</translation>
    </message>
    <message>
        <source>The API key is copied.</source>
        <translation>La clé d’API est copiée.</translation>
    </message>
    <message>
        <source>No token: none is required</source>
        <translation>Aucun jeton&#xa0;: aucun n’est exigé</translation>
    </message>
    <message>
        <source>A public address: Mighty Networks reaches Eventwatch through it.</source>
        <translation>Une adresse publique&#xa0;: Mighty Networks joint Eventwatch par celle-ci.</translation>
    </message>
    <message>
        <source>The cloudflared tunnel is not up yet: its public address replaces this local one as soon as it is. Until then Mighty Networks cannot reach Eventwatch.</source>
        <translation>Le tunnel cloudflared n’est pas encore actif&#xa0;: son adresse publique remplacera cette adresse locale dès qu’il le sera. D’ici là, Mighty Networks ne peut pas joindre Eventwatch.</translation>
    </message>
    <message>
        <source>The ngrok tunnel is not up yet: its public address replaces this local one as soon as it is. Until then Mighty Networks cannot reach Eventwatch.</source>
        <translation>Le tunnel ngrok n’est pas encore actif&#xa0;: son adresse publique remplacera cette adresse locale dès qu’il le sera. D’ici là, Mighty Networks ne peut pas joindre Eventwatch.</translation>
    </message>
    <message>
        <source>Only this computer can reach this address, not Mighty Networks. Go back to choose a tunnel, or set a public address later in Settings; a test delivery works either way.</source>
        <translation>Seul cet ordinateur peut joindre cette adresse, pas Mighty Networks. Revenez en arrière pour choisir un tunnel, ou définissez une adresse publique plus tard dans les Paramètres&#xa0;; une livraison de test fonctionne dans les deux cas.</translation>
    </message>
</context>
<context>
    <name>WizardPortPage</name>
    <message>
        <source>The port</source>
        <translation>Le port</translation>
    </message>
    <message>
        <source>Eventwatch listens for webhooks on this port of your computer; the tunnel forwards them to it.</source>
        <translation>Eventwatch attend les webhooks sur ce port de votre ordinateur&#xa0;; le tunnel les y redirige.</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Keep the suggested port unless another program needs it. Eventwatch checks that the port is free before it moves there.</source>
        <translation>Gardez le port proposé, sauf si un autre programme en a besoin. Eventwatch vérifie que le port est libre avant de l’adopter.</translation>
    </message>
    <message>
        <source>Eventwatch listens on %1, port %2.</source>
        <translation>Eventwatch écoute sur %1, port %2.</translation>
    </message>
    <message>
        <source>Port %1 is free: Eventwatch moves there when you click Next.</source>
        <translation>Le port %1 est libre&#xa0;: Eventwatch l’adoptera quand vous cliquerez sur «&#xa0;Suivant&#xa0;».</translation>
    </message>
    <message>
        <source>Port %1 is in use by another program (%2). Choose another one.</source>
        <translation>Le port %1 est utilisé par un autre programme (%2). Choisissez-en un autre.</translation>
    </message>
    <message>
        <source>Eventwatch cannot listen on port %1: %2</source>
        <translation>Eventwatch ne peut pas écouter sur le port %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>WizardTokenPage</name>
    <message>
        <source>The webhook token</source>
        <translation>Le jeton du webhook</translation>
    </message>
    <message>
        <source>Mighty Networks sends this secret with every webhook; Eventwatch refuses webhooks without it.</source>
        <translation>Mighty Networks envoie ce secret avec chaque webhook&#xa0;; Eventwatch refuse les webhooks qui ne le contiennent pas.</translation>
    </message>
    <message>
        <source>&amp;Replace with a new token…</source>
        <translation>R&amp;emplacer par un nouveau jeton…</translation>
    </message>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Réessayer</translation>
    </message>
    <message>
        <source>Generating a token and keeping it in your system keychain…</source>
        <translation>Génération d’un jeton et enregistrement dans le trousseau du système…</translation>
    </message>
    <message>
        <source>Reading the token from your system keychain…</source>
        <translation>Lecture du jeton dans le trousseau du système…</translation>
    </message>
    <message>
        <source>A new token is generated and kept in your system keychain. You paste it into Mighty Networks in a moment, as the webhook&apos;s API key.</source>
        <translation>Un nouveau jeton est généré et conservé dans le trousseau du système. Vous le collerez dans un instant dans Mighty Networks, comme clé d’API du webhook.</translation>
    </message>
    <message>
        <source>A token is already kept in your system keychain. It stays as it is, so a webhook already registered with it keeps working. Replace it only if it may have leaked.</source>
        <translation>Un jeton est déjà conservé dans le trousseau du système. Il reste tel quel, pour qu’un webhook déjà enregistré avec ce jeton continue de fonctionner. Ne le remplacez que s’il a pu être divulgué.</translation>
    </message>
    <message>
        <source>No token yet.</source>
        <translation>Pas encore de jeton.</translation>
    </message>
    <message>
        <source>The system keychain is unavailable: %1</source>
        <translation>Le trousseau du système n’est pas disponible&#xa0;: %1</translation>
    </message>
    <message>
        <source>The token is read from %1 (--token-file). Edit that file to change it.</source>
        <translation>Le jeton est lu depuis %1 (--token-file). Modifiez ce fichier pour le changer.</translation>
    </message>
    <message>
        <source>No token is required (--no-auth): this is for local tests only, Mighty Networks needs one.</source>
        <translation>Aucun jeton n’est exigé (--no-auth)&#xa0;: réservé aux tests locaux, Mighty Networks en exige un.</translation>
    </message>
</context>
<context>
    <name>WizardTunnelPage</name>
    <message>
        <source>The public address</source>
        <translation>L’adresse publique</translation>
    </message>
    <message>
        <source>Mighty Networks posts only to a public HTTPS address. A tunnel gives your computer one.</source>
        <translation>Mighty Networks n’envoie qu’à une adresse HTTPS publique. Un tunnel en fournit une à votre ordinateur.</translation>
    </message>
    <message>
        <source>&amp;cloudflared: a quick tunnel, no account needed</source>
        <translation>&amp;cloudflared&#xa0;: un tunnel rapide, sans compte</translation>
    </message>
    <message>
        <source>n&amp;grok: needs a free ngrok account</source>
        <translation>n&amp;grok&#xa0;: nécessite un compte ngrok gratuit</translation>
    </message>
    <message>
        <source>I already have a public &amp;address that forwards to Eventwatch:</source>
        <translation>J’ai déjà une &amp;adresse publique qui redirige vers Eventwatch&#xa0;:</translation>
    </message>
    <message>
        <source>https://events.example.org</source>
        <translation>https://events.example.org</translation>
    </message>
    <message>
        <source>Public address</source>
        <translation>Adresse publique</translation>
    </message>
    <message>
        <source>&amp;Later: for now only this computer can reach Eventwatch</source>
        <translation>P&amp;lus tard&#xa0;: pour l’instant, seul cet ordinateur peut joindre Eventwatch</translation>
    </message>
    <message>
        <source>Look for &amp;tools again</source>
        <translation>Rechercher à nouveau les &amp;outils</translation>
    </message>
    <message>
        <source>Installed: %1</source>
        <translation>Installé&#xa0;: %1</translation>
    </message>
    <message>
        <source>Not installed. Get it from &lt;a href=&quot;https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/&quot;&gt;Cloudflare&apos;s downloads&lt;/a&gt; (a .deb package for Debian and Ubuntu), then click Look for tools again.</source>
        <translation>Non installé. Téléchargez-le depuis &lt;a href=&quot;https://developers.cloudflare.com/cloudflare-one/connections/connect-networks/downloads/&quot;&gt;la page de téléchargement de Cloudflare&lt;/a&gt; (un paquet .deb pour Debian et Ubuntu), puis cliquez sur «&#xa0;Rechercher à nouveau les outils&#xa0;».</translation>
    </message>
    <message>
        <source>Not installed. Get it from &lt;a href=&quot;https://ngrok.com/download&quot;&gt;ngrok.com/download&lt;/a&gt;, sign up, run &lt;code&gt;ngrok config add-authtoken&lt;/code&gt; with your authtoken once, then click Look for tools again.</source>
        <translation>Non installé. Téléchargez-le depuis &lt;a href=&quot;https://ngrok.com/download&quot;&gt;ngrok.com/download&lt;/a&gt;, créez un compte, exécutez une fois &lt;code&gt;ngrok config add-authtoken&lt;/code&gt; avec votre authtoken, puis cliquez sur «&#xa0;Rechercher à nouveau les outils&#xa0;».</translation>
    </message>
    <message>
        <source>This is not an address: enter it as https://host, for example https://events.example.org.</source>
        <translation>Ce n’est pas une adresse&#xa0;: saisissez-la sous la forme https://hôte, par exemple https://events.example.org.</translation>
    </message>
    <message>
        <source>Mighty Networks posts only to https:// addresses.</source>
        <translation>Mighty Networks n’envoie qu’à des adresses https://.</translation>
    </message>
</context>
<context>
    <name>WizardWaitingPage</name>
    <message>
        <source>Waiting for the first delivery</source>
        <translation>En attente de la première livraison</translation>
    </message>
    <message>
        <source>As soon as a webhook arrives, Eventwatch shows its event in the table.</source>
        <translation>Dès qu’un webhook arrive, Eventwatch affiche son événement dans le tableau.</translation>
    </message>
    <message>
        <source>Mighty Networks sends a webhook when something happens: schedule or edit an event in your network to get one now. To check Eventwatch on this computer first, send a test delivery.</source>
        <translation>Mighty Networks envoie un webhook quand il se passe quelque chose&#xa0;: programmez ou modifiez un événement dans votre réseau pour en recevoir un maintenant. Pour d’abord vérifier Eventwatch sur cet ordinateur, envoyez une livraison de test.</translation>
    </message>
    <message>
        <source>Send &amp;test delivery</source>
        <translation>&amp;Envoyer une livraison de test</translation>
    </message>
    <message>
        <source>You can also click Finish now: new events appear in the window as they arrive.</source>
        <translation>Vous pouvez aussi cliquer sur «&#xa0;Terminer&#xa0;» dès maintenant&#xa0;: les nouveaux événements apparaissent dans la fenêtre dès leur arrivée.</translation>
    </message>
    <message>
        <source>Sending a test delivery…</source>
        <translation>Envoi d’une livraison de test…</translation>
    </message>
    <message>
        <source>A delivery arrived: Eventwatch is connected. Events appear in the window as your network schedules them.</source>
        <translation>Une livraison est arrivée&#xa0;: Eventwatch est connecté. Les événements apparaissent dans la fenêtre à mesure que votre réseau les programme.</translation>
    </message>
    <message>
        <source>Cannot read the event store: %1</source>
        <translation>Impossible de lire la base des événements&#xa0;: %1</translation>
    </message>
    <message>
        <source>Eventwatch is not receiving: the window&apos;s status bar says why.</source>
        <translation>Eventwatch ne reçoit rien&#xa0;: la barre d’état de la fenêtre indique pourquoi.</translation>
    </message>
    <message>
        <source>First delivery received.</source>
        <translation>Première livraison reçue.</translation>
    </message>
</context>
<context>
    <name>WizardWelcomePage</name>
    <message>
        <source>Connect Mighty Networks</source>
        <translation>Connecter Mighty Networks</translation>
    </message>
    <message>
        <source>A few steps, about five minutes, until the first webhook arrives.</source>
        <translation>Quelques étapes, environ cinq minutes, jusqu’à l’arrivée du premier webhook.</translation>
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
        <translation>&lt;p&gt;Mighty Networks informe Eventwatch quand un événement est programmé ou modifié et quand un membre répond, en envoyant un webhook à cet ordinateur. Ce guide met cela en place&#xa0;:&lt;/p&gt;
&lt;ol&gt;
&lt;li&gt;un &lt;b&gt;jeton&lt;/b&gt;, un secret que Mighty Networks envoie avec chaque webhook, conservé dans le trousseau du système&#xa0;;&lt;/li&gt;
&lt;li&gt;le &lt;b&gt;port&lt;/b&gt; sur lequel Eventwatch écoute&#xa0;;&lt;/li&gt;
&lt;li&gt;une &lt;b&gt;adresse publique&lt;/b&gt;&#xa0;: Mighty Networks ne peut pas joindre directement votre ordinateur, un tunnel comme cloudflared ou ngrok lui transmet donc ses webhooks&#xa0;;&lt;/li&gt;
&lt;li&gt;exactement &lt;b&gt;ce qu’il faut coller dans Mighty Networks&lt;/b&gt;, avec des boutons Copier&#xa0;;&lt;/li&gt;
&lt;li&gt;l’attente du &lt;b&gt;premier webhook&lt;/b&gt;, ou d’un webhook de test envoyé d’ici.&lt;/li&gt;
&lt;/ol&gt;
&lt;p&gt;Vous pouvez passer cette étape&#xa0;: Aide → Connecter Mighty Networks… rouvre ce guide à tout moment.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
