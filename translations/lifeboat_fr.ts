<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>ActiveAlerts</name>
    <message>
        <source>The newest run of %1 found damaged data: run lifeboat-cli verify --job %1 and take a new backup.</source>
        <translation>La dernière exécution de %1 a trouvé des données endommagées : lancez lifeboat-cli verify --job %1 et faites une nouvelle sauvegarde.</translation>
    </message>
    <message>
        <source>The newest backup or scheduled run of %1 failed: the Catalog and the log say why.</source>
        <translation>La dernière sauvegarde ou exécution planifiée de %1 a échoué : le catalogue et le journal disent pourquoi.</translation>
    </message>
    <message>
        <source>No successful backup of %1 for %2.</source>
        <translation>Aucune sauvegarde réussie de %1 depuis %2.</translation>
    </message>
    <message>
        <source>The newest backup of %1 is %2, against a 7-day average of %3: check what changed.</source>
        <translation>La sauvegarde la plus récente de %1 fait %2, contre une moyenne sur 7 jours de %3 : vérifiez ce qui a changé.</translation>
    </message>
    <message>
        <source>WAL archiving of %1 is %2 segments behind: lifeboat-cli check %1.</source>
        <translation>L’archivage WAL de %1 a %2 segments de retard : lifeboat-cli check %1.</translation>
    </message>
    <message>
        <source>Repository %1 has %2% free: prune or add space.</source>
        <translation>Le dépôt %1 a %2 % d’espace libre : purgez ou ajoutez de la place.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of %1 failed verification: verify again and take a new backup.</source>
        <translation><numerusform>%n sauvegarde de %1 a échoué à la vérification : vérifiez à nouveau et faites une nouvelle sauvegarde.</numerusform><numerusform>%n sauvegardes de %1 ont échoué à la vérification : vérifiez à nouveau et faites une nouvelle sauvegarde.</numerusform></translation>
    </message>
    <message>
        <source>The last drill of %1 failed at %2.</source>
        <translation>Le dernier exercice de %1 a échoué à %2.</translation>
    </message>
    <message>
        <source>The last drill of %1 was %2 ago.</source>
        <translation>Le dernier exercice de %1 date de %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of %1 not yet offsite: the next backup run copies them; check the copy_to repository's endpoint and credentials.</source>
        <translation><numerusform>%n sauvegarde de %1 pas encore hors site : la prochaine sauvegarde la copie ; vérifiez le point d’accès et les identifiants du dépôt copy_to.</numerusform><numerusform>%n sauvegardes de %1 pas encore hors site : la prochaine sauvegarde les copie ; vérifiez le point d’accès et les identifiants du dépôt copy_to.</numerusform></translation>
    </message>
</context>
<context>
    <name>AppDataSet</name>
    <message>
        <source>database %1: table %2 has no column %3, which profile %4 uses as a key (is the profile right for this database?)</source>
        <translation>base %1 : la table %2 n’a pas de colonne %3, que le profil %4 utilise comme clé (le profil convient-il à cette base ?)</translation>
    </message>
</context>
<context>
    <name>AppDatabase</name>
    <message>
        <source>job "%1": an app-export job needs path (a SQLite file) or conninfo (PostgreSQL)</source>
        <translation>tâche « %1 » : une tâche app-export demande path (un fichier SQLite) ou conninfo (PostgreSQL)</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>database %1 does not exist (check the job's path)</source>
        <translation>la base %1 n’existe pas (vérifiez le path de la tâche)</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>impossible d’ouvrir la base %1 : %2</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (install the Debian package libqt6sql6-psql)</source>
        <translation>le pilote PostgreSQL de Qt manque (installez le paquet Debian libqt6sql6-psql)</translation>
    </message>
    <message>
        <source>conninfo cannot be parsed: %1 (write it as "host=... port=... dbname=... user=...")</source>
        <translation>conninfo illisible : %1 (écrivez-le « host=... port=... dbname=... user=... »)</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL database %1: %2 (check conninfo and password_file, and that the server runs)</source>
        <translation>connexion impossible à la base PostgreSQL %1 : %2 (vérifiez conninfo et password_file, et que le serveur tourne)</translation>
    </message>
    <message>
        <source>database %1: %2: %3</source>
        <translation>base %1 : %2 : %3</translation>
    </message>
    <message>
        <source>database %1 has no table %2 (is it the application's database, at a supported schema version?)</source>
        <translation>la base %1 n’a pas de table %2 (est-ce la base de l’application, dans une version de schéma prise en charge ?)</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>lecture des colonnes de %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lecture de %1</translation>
    </message>
    <message>
        <source>looking up %1.%2</source>
        <translation>recherche de %1.%2</translation>
    </message>
    <message>
        <source>inserting into %1</source>
        <translation>insertion dans %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>mise à jour de %1</translation>
    </message>
    <message>
        <source>deleting from %1</source>
        <translation>suppression dans %1</translation>
    </message>
</context>
<context>
    <name>AppExport</name>
    <message>
        <source>re-keying needs both --rekey-from-secret-file (the source's secret) and --rekey-to-secret-file (the target's)</source>
        <translation>le rechiffrement demande --rekey-from-secret-file (le secret de la source) et --rekey-to-secret-file (celui de la cible)</translation>
    </message>
    <message>
        <source>job "%1" is a %2 job; export and import work on app-export jobs (kind = "app-export" with a profile)</source>
        <translation>la tâche « %1 » est une tâche %2 ; export et import portent sur les tâches app-export (kind = "app-export" avec un profil)</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>unknown entity type "%1" (known: %2)</source>
        <translation>type d’entité inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
</context>
<context>
    <name>AppExportReader</name>
    <message>
        <source>%1: %2 (nothing was written)</source>
        <translation>%1 : %2 (rien n’a été écrit)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2 (byte %3); is the file complete?</source>
        <translation>JSON invalide : %1 à la ligne %2 (octet %3) ; le fichier est-il complet ?</translation>
    </message>
    <message>
        <source>not an export file: the top level is not a JSON object</source>
        <translation>pas un fichier d’export : le niveau supérieur n’est pas un objet JSON</translation>
    </message>
    <message>
        <source>required field "version" is missing or empty</source>
        <translation>le champ obligatoire « version » manque ou est vide</translation>
    </message>
    <message>
        <source>version "%1" is not a %2 export format Lifeboat knows (known: %3); export it again with a supported release</source>
        <translation>la version « %1 » n’est pas un format d’export %2 connu de Lifeboat (connus : %3) ; exportez de nouveau avec une version prise en charge</translation>
    </message>
    <message>
        <source>required field "exported_at" is missing</source>
        <translation>le champ obligatoire « exported_at » manque</translation>
    </message>
    <message>
        <source>required field "entities" is missing or not an object</source>
        <translation>le champ obligatoire « entities » manque ou n’est pas un objet</translation>
    </message>
    <message>
        <source>entities.%1: unknown entity type (known: %2)</source>
        <translation>entities.%1 : type d’entité inconnu (connus : %2)</translation>
    </message>
    <message>
        <source>entities.%1 is not a list</source>
        <translation>entities.%1 n’est pas une liste</translation>
    </message>
    <message>
        <source>entities.%1[%2] is not an object</source>
        <translation>entities.%1[%2] n’est pas un objet</translation>
    </message>
    <message>
        <source>entities.%1[%2]%3: required field "%4" is missing</source>
        <translation>entities.%1[%2]%3 : le champ obligatoire « %4 » manque</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 entr(ies) not imported: %2</source>
        <translation><numerusform>%n entrée %1 non importée : %2</numerusform><numerusform>%n entrées %1 non importées : %2</numerusform></translation>
    </message>
    <message>
        <source>the file's "lifeboat" section is for another profile or format (%1); only the application's entities are read</source>
        <translation>la section « lifeboat » du fichier est pour un autre profil ou format (%1) ; seules les entités de l’application sont lues</translation>
    </message>
    <message>
        <source>lifeboat.rows.%1: unknown entity type for profile %2</source>
        <translation>lifeboat.rows.%1 : type d’entité inconnu pour le profil %2</translation>
    </message>
    <message>
        <source>lifeboat.rows.%1[%2] ("%3"): field %4 is not a reference the profile knows</source>
        <translation>lifeboat.rows.%1[%2] (« %3 ») : le champ %4 n’est pas une référence connue du profil</translation>
    </message>
    <message>
        <source>lifeboat.rows.%1[%2]: required field "%3" is missing</source>
        <translation>lifeboat.rows.%1[%2] : le champ obligatoire « %3 » manque</translation>
    </message>
    <message>
        <source>lifeboat.links.%1: unknown link for profile %2</source>
        <translation>lifeboat.links.%1 : lien inconnu pour le profil %2</translation>
    </message>
    <message>
        <source>lifeboat.links.%1: an entry is not a pair of keys</source>
        <translation>lifeboat.links.%1 : une entrée n’est pas une paire de clés</translation>
    </message>
    <message>
        <source>does not match the %1 export schema: %2</source>
        <translation>ne correspond pas au schéma d’export %1 : %2</translation>
    </message>
</context>
<context>
    <name>AppExportSource</name>
    <message>
        <source>export cancelled</source>
        <translation>export annulé</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>l’export</translation>
    </message>
    <message>
        <source>the export lacks its "lifeboat" section (complete rows and links)</source>
        <translation>il manque à l’export sa section « lifeboat » (lignes et liens complets)</translation>
    </message>
    <message>
        <source>link %1 %2 -&gt; %3 points at an entity the export does not hold</source>
        <translation>le lien %1 %2 -&gt; %3 pointe vers une entité absente de l’export</translation>
    </message>
    <message>
        <source>%1: %2 entities, expected %3</source>
        <translation>%1 : %2 entités, %3 attendues</translation>
    </message>
    <message>
        <source>it would not import into %1: %2</source>
        <translation>ne s’importerait pas dans %1 : %2</translation>
    </message>
</context>
<context>
    <name>AppProfile</name>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2 : %3</translation>
    </message>
    <message>
        <source>no profile is set (add profile = "%1" to the job)</source>
        <translation>aucun profil défini (ajoutez profile = "%1" à la tâche)</translation>
    </message>
    <message>
        <source>profile %1 cannot be read (check its permissions)</source>
        <translation>le profil %1 est illisible (vérifiez ses droits)</translation>
    </message>
    <message>
        <source>profile "%1" not found (built in: %2; or put NAME.json in ~/.config/lifeboat/profiles or /etc/lifeboat/profiles)</source>
        <translation>profil « %1 » introuvable (intégrés : %2 ; ou placez NOM.json dans ~/.config/lifeboat/profiles ou /etc/lifeboat/profiles)</translation>
    </message>
    <message>
        <source>profile %1 is not valid JSON: %2 at byte %3</source>
        <translation>le profil %1 n’est pas du JSON valide : %2 à l’octet %3</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>profil %1 : %2</translation>
    </message>
    <message>
        <source>profile %1 lacks "profile", "format.version" or "import_order" (see docs/app-export.md)</source>
        <translation>il manque au profil %1 « profile », « format.version » ou « import_order » (voir docs/app-export.md)</translation>
    </message>
    <message>
        <source>profile %1: %2.in_app_format: %3</source>
        <translation>profil %1 : %2.in_app_format : %3</translation>
    </message>
    <message>
        <source>profile %1: a field of %2 has no name</source>
        <translation>profil %1 : un champ de %2 n’a pas de nom</translation>
    </message>
    <message>
        <source>profile %1: %2 needs "table", "key" and "label"</source>
        <translation>profil %1 : %2 demande « table », « key » et « label »</translation>
    </message>
    <message>
        <source>profile %1: %2.references.%3 names unknown entity %4</source>
        <translation>profil %1 : %2.references.%3 nomme l’entité inconnue %4</translation>
    </message>
    <message>
        <source>profile %1: import_order names %2, which has no entry under "entities"</source>
        <translation>profil %1 : import_order nomme %2, absent de « entities »</translation>
    </message>
    <message>
        <source>profile %1: entity %2 is missing from import_order</source>
        <translation>profil %1 : l’entité %2 manque dans import_order</translation>
    </message>
    <message>
        <source>profile %1: import_order puts %2 before %3, which it references</source>
        <translation>profil %1 : import_order place %2 avant %3, auquel il fait référence</translation>
    </message>
    <message>
        <source>profile %1: links.%2 needs "table", "from", "from_column", "to" and "to_column" naming known entities</source>
        <translation>profil %1 : links.%2 demande « table », « from », « from_column », « to » et « to_column » nommant des entités connues</translation>
    </message>
    <message>
        <source>profile %1: field %2.%3 names unknown link %4</source>
        <translation>profil %1 : le champ %2.%3 nomme le lien inconnu %4</translation>
    </message>
    <message>
        <source>profile %1 names no JSON Schema</source>
        <translation>le profil %1 ne nomme aucun schéma JSON</translation>
    </message>
    <message>
        <source>the JSON Schema %1 of profile %2 cannot be read</source>
        <translation>le schéma JSON %1 du profil %2 est illisible</translation>
    </message>
</context>
<context>
    <name>ArchiveCheck</name>
    <message>
        <source>fix password_file in the job, or set PGPASSWORD</source>
        <translation>corrigez password_file dans la tâche, ou définissez PGPASSWORD</translation>
    </message>
    <message>
        <source>check conninfo, that the server runs and pg_hba.conf admits this host and role</source>
        <translation>vérifiez conninfo, que le serveur tourne et que pg_hba.conf admet cet hôte et ce rôle</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>aucune réponse</translation>
    </message>
    <message>
        <source>check the role's access</source>
        <translation>vérifiez les accès du rôle</translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2, connected as %3</source>
        <translation>PostgreSQL %1 sur %2, connecté en tant que %3</translation>
    </message>
    <message>
        <source>apt-get install postgresql-client-%1</source>
        <translation>apt-get install postgresql-client-%1</translation>
    </message>
    <message>
        <source>role %1 may not take base backups</source>
        <translation>le rôle %1 ne peut pas faire de sauvegardes de base</translation>
    </message>
    <message>
        <source>ALTER ROLE %1 REPLICATION; and a "replication" line for it in pg_hba.conf</source>
        <translation>ALTER ROLE %1 REPLICATION; et une ligne « replication » pour ce rôle dans pg_hba.conf</translation>
    </message>
    <message>
        <source>wal_level is minimal</source>
        <translation>wal_level vaut minimal</translation>
    </message>
    <message>
        <source>wal_level = %1</source>
        <translation>wal_level = %1</translation>
    </message>
    <message>
        <source>archive_mode = %1</source>
        <translation>archive_mode = %1</translation>
    </message>
    <message>
        <source>archive_command is not set</source>
        <translation>archive_command n’est pas défini</translation>
    </message>
    <message>
        <source>archive_command = %1 does not archive into job %2</source>
        <translation>archive_command = %1 n’archive pas dans la tâche %2</translation>
    </message>
    <message>
        <source>archive_timeout is off: on a quiet server the newest changes may wait hours for their segment to fill</source>
        <translation>archive_timeout est désactivé : sur un serveur calme, les changements récents peuvent attendre des heures que leur segment se remplisse</translation>
    </message>
    <message>
        <source>archive_timeout = %1 s</source>
        <translation>archive_timeout = %1 s</translation>
    </message>
    <message>
        <source>archiving is not set up for job %1</source>
        <translation>l’archivage n’est pas configuré pour la tâche %1</translation>
    </message>
    <message>
        <source>run the ALTER SYSTEM lines above as a superuser, then restart PostgreSQL (wal_level and archive_mode need a restart)</source>
        <translation>exécutez les lignes ALTER SYSTEM ci-dessus en superutilisateur, puis redémarrez PostgreSQL (wal_level et archive_mode exigent un redémarrage)</translation>
    </message>
    <message>
        <source>run the ALTER SYSTEM line above as a superuser, then SELECT pg_reload_conf();</source>
        <translation>exécutez la ligne ALTER SYSTEM ci-dessus en superutilisateur, puis SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>archiving is failing: %1 failed calls, last for %2</source>
        <translation>l’archivage échoue : %1 appels échoués, le dernier pour %2</translation>
    </message>
    <message>
        <source>read the server log for the wal-push error, or run the archive_command by hand as the server's user</source>
        <translation>lisez le journal du serveur pour l’erreur de wal-push, ou lancez archive_command à la main en tant qu’utilisateur du serveur</translation>
    </message>
    <message>
        <source>archiving lags %1 segments (%2 s) behind</source>
        <translation>l’archivage a %1 segments (%2 s) de retard</translation>
    </message>
    <message>
        <source>raise the job's parallel, or check the repository's speed</source>
        <translation>augmentez parallel de la tâche, ou vérifiez la vitesse du dépôt</translation>
    </message>
    <message>
        <source>%1 segments archived, %2 failed calls, lag %3 segments</source>
        <translation>%1 segments archivés, %2 appels échoués, retard de %3 segments</translation>
    </message>
    <message>
        <source>GRANT EXECUTE ON FUNCTION pg_switch_wal() TO %1, or check as a superuser</source>
        <translation>GRANT EXECUTE ON FUNCTION pg_switch_wal() TO %1, ou vérifiez en superutilisateur</translation>
    </message>
    <message>
        <source>fix [repositories.%1]</source>
        <translation>corrigez [repositories.%1]</translation>
    </message>
    <message>
        <source>WAL segment %1 reached the repository %2 s after the switch</source>
        <translation>le segment WAL %1 est arrivé dans le dépôt %2 s après la bascule</translation>
    </message>
    <message>
        <source>WAL segment %1 did not reach the repository within %2 s</source>
        <translation>le segment WAL %1 n’est pas arrivé dans le dépôt en %2 s</translation>
    </message>
    <message>
        <source>read the server log for archive_command errors; the server's user must be able to run %1 and write to %2</source>
        <translation>lisez le journal du serveur pour les erreurs d’archive_command ; l’utilisateur du serveur doit pouvoir lancer %1 et écrire dans %2</translation>
    </message>
</context>
<context>
    <name>ArtifactVerifier</name>
    <message>
        <source>backup %1 (%2): %3</source>
        <translation>sauvegarde %1 (%2) : %3</translation>
    </message>
    <message>
        <source>size is %1 bytes, the sidecar says %2: the file is truncated or altered (use another backup or a copy)</source>
        <translation>la taille est de %1 octets, le fichier de métadonnées indique %2 : le fichier est tronqué ou modifié (utilisez une autre sauvegarde ou une copie)</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: the stored bytes were altered or damaged (use another backup or a copy)</source>
        <translation>SHA-256 différent : les octets stockés ont été modifiés ou endommagés (utilisez une autre sauvegarde ou une copie)</translation>
    </message>
    <message>
        <source>SHA-256 of the stored bytes does not match the sidecar (use another backup or a copy)</source>
        <translation>le SHA-256 des octets stockés ne correspond pas aux métadonnées (utilisez une autre sauvegarde ou une copie)</translation>
    </message>
    <message>
        <source>the decoded content does not match its SHA-256 in the sidecar (use another backup)</source>
        <translation>le contenu décodé ne correspond pas à son SHA-256 dans les métadonnées (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>level format is not available for %1 backups in this build (use checksum or decode)</source>
        <translation>le niveau format n’est pas disponible pour les sauvegardes %1 dans cette version (utilisez checksum ou decode)</translation>
    </message>
    <message>
        <source>row counts differ from the backup's record: %1</source>
        <translation>le nombre de lignes diffère de celui enregistré pour la sauvegarde : %1</translation>
    </message>
    <message>
        <source>a test restore of %1 needs its job's server (add the job back to the config)</source>
        <translation>une restauration d’essai de %1 nécessite le serveur de sa tâche (rajoutez la tâche à la configuration)</translation>
    </message>
    <message>
        <source>the roles and tablespaces script is incomplete (its header or completion line is missing)</source>
        <translation>le script des rôles et tablespaces est incomplet (il manque son en-tête ou sa ligne de fin)</translation>
    </message>
    <message>
        <source>the base backup lacks %1 (use another backup)</source>
        <translation>il manque %1 à la sauvegarde de base (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>cannot read the decoded export %1</source>
        <translation>impossible de lire l’export décodé %1</translation>
    </message>
    <message>
        <source>entity counts differ from the backup's record: %1</source>
        <translation>les nombres d’entités diffèrent de l’enregistrement de la sauvegarde : %1</translation>
    </message>
    <message>
        <source>the archive holds %1 files, the sidecar says %2 (use another backup)</source>
        <translation>l’archive contient %1 fichiers, le fichier sidecar en indique %2 (utilisez une autre sauvegarde)</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The job to back up, as named in the config.</source>
        <translation>La tâche à sauvegarder, telle que nommée dans la configuration.</translation>
    </message>
    <message>
        <source>A label stored with the backup.</source>
        <translation>Une étiquette enregistrée avec la sauvegarde.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Pin the backup: retention never removes it.</source>
        <translation>Épingler la sauvegarde : la rétention ne la supprime jamais.</translation>
    </message>
    <message>
        <source>backup takes exactly one JOB (see lifeboat-cli backup --help)</source>
        <translation>backup attend exactement une TÂCHE (voir lifeboat-cli backup --help)</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 in repository "%3"</source>
        <translation>%1 sauvegardé dans %2 du dépôt « %3 »</translation>
    </message>
    <message>
        <source>  %1 from %2 in %3 s, verification: %4</source>
        <translation>  %1 à partir de %2 en %3 s, vérification : %4</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non effectuée</translation>
    </message>
    <message>
        <source>Back up a job now; --json prints the backup's metadata.</source>
        <translation>Sauvegarder une tâche maintenant ; --json affiche les métadonnées de la sauvegarde.</translation>
    </message>
</context>
<context>
    <name>BackupCopier</name>
    <message>
        <source>%1 in repository "%2" does not match its checksum, so it was not copied to "%3" (run lifeboat-cli verify %4 and take a new backup)</source>
        <translation>%1 dans le dépôt « %2 » ne correspond pas à sa somme de contrôle : il n’a pas été copié vers « %3 » (lancez lifeboat-cli verify %4 et faites une nouvelle sauvegarde)</translation>
    </message>
    <message>
        <source>Copying %1 to repository "%2"</source>
        <translation>Copie de %1 vers le dépôt « %2 »</translation>
    </message>
    <message>
        <source>Checking the copy of %1 in repository "%2"</source>
        <translation>Vérification de la copie de %1 dans le dépôt « %2 »</translation>
    </message>
    <message>
        <source>the copy of %1 in repository "%2" does not read back as sent: %3</source>
        <translation>la copie de %1 dans le dépôt « %2 » ne se relit pas telle qu’envoyée : %3</translation>
    </message>
</context>
<context>
    <name>BackupDetails</name>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>Taille stockée</translation>
    </message>
    <message>
        <source>Source size</source>
        <translation>Taille de la source</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Dépôt</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefact</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Compression</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>Kept forever</source>
        <translation>Conservée à jamais</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>SHA-256 (stored)</source>
        <translation>SHA-256 (stocké)</translation>
    </message>
    <message>
        <source>SHA-256 (content)</source>
        <translation>SHA-256 (contenu)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Tables and row counts (as of the backup's snapshot)</source>
        <translation>Tables et nombres de lignes (à l’instant de la sauvegarde)</translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation>Restauration à un instant donné</translation>
    </message>
    <message>
        <source>Further parts</source>
        <translation>Autres parties</translation>
    </message>
    <message>
        <source>Verification history</source>
        <translation>Historique de vérification</translation>
    </message>
    <message>
        <source>Never verified since it was catalogued.</source>
        <translation>Jamais vérifiée depuis son entrée au catalogue.</translation>
    </message>
    <message>
        <source>%1 at level %2</source>
        <translation>%1 au niveau %2</translation>
    </message>
    <message>
        <source>%1 at level %2: %3</source>
        <translation>%1 au niveau %2 : %3</translation>
    </message>
    <message>
        <source>Left out of the backup</source>
        <translation>Laissés hors de la sauvegarde</translation>
    </message>
    <message>
        <source>Changed while they were read (their copies may be inconsistent)</source>
        <translation>Modifiés pendant leur lecture (leurs copies peuvent être incohérentes)</translation>
    </message>
</context>
<context>
    <name>BackupEditor</name>
    <message>
        <source>backup %1 is in the catalog but not in repository "%2" any more (run lifeboat-cli catalog rebuild)</source>
        <translation>la sauvegarde %1 est au catalogue mais plus dans le dépôt « %2 » (lancez lifeboat-cli catalog rebuild)</translation>
    </message>
    <message>
        <source>kept forever: retention will not remove it</source>
        <translation>conservée à jamais : la rétention ne la supprimera pas</translation>
    </message>
    <message>
        <source>no longer pinned: retention rules apply</source>
        <translation>plus épinglée : les règles de rétention s’appliquent</translation>
    </message>
    <message>
        <source>label "%1" -&gt; "%2"</source>
        <translation>étiquette « %1 » -&gt; « %2 »</translation>
    </message>
    <message>
        <source>deleted by hand from repository "%1" (job %2, started %3)</source>
        <translation>supprimée à la main du dépôt « %1 » (tâche %2, commencée %3)</translation>
    </message>
</context>
<context>
    <name>BackupMetadata</name>
    <message>
        <source>sidecar %1 is not valid JSON: %2 (restore it from a copy or remove the backup)</source>
        <translation>le fichier de métadonnées %1 n’est pas du JSON valide : %2 (restaurez-le depuis une copie ou supprimez la sauvegarde)</translation>
    </message>
    <message>
        <source>sidecar %1 is not a Lifeboat backup record (format "%2")</source>
        <translation>le fichier de métadonnées %1 ne décrit pas une sauvegarde Lifeboat (format « %2 »)</translation>
    </message>
    <message>
        <source>sidecar %1 lacks id, job, artifact or started_at</source>
        <translation>il manque id, job, artifact ou started_at dans le fichier de métadonnées %1</translation>
    </message>
    <message>
        <source>%1: %2 rows, expected %3</source>
        <translation>%1 : %2 lignes, %3 attendues</translation>
    </message>
    <message>
        <source>sidecar %1 has an unknown kind "%2" (it is damaged: restore it from a copy or remove the backup)</source>
        <translation>le fichier sidecar %1 a un type inconnu « %2 » (il est endommagé : restaurez-le depuis une copie ou supprimez la sauvegarde)</translation>
    </message>
    <message>
        <source>sidecar %1 has an unknown status "%2" (it is damaged: restore it from a copy or remove the backup)</source>
        <translation>le fichier sidecar %1 a un statut inconnu « %2 » (il est endommagé : restaurez-le depuis une copie ou supprimez la sauvegarde)</translation>
    </message>
    <message>
        <source>sidecar %1 has a malformed verification record (it is damaged: restore it from a copy or remove the backup)</source>
        <translation>le fichier sidecar %1 a un enregistrement de vérification mal formé (il est endommagé : restaurez-le depuis une copie ou supprimez la sauvegarde)</translation>
    </message>
</context>
<context>
    <name>BackupOperation</name>
    <message>
        <source>verify = "%1" needs secret_keys to decode; checked the checksum only</source>
        <translation>verify = « %1 » nécessite secret_keys pour déchiffrer ; seule la somme de contrôle a été vérifiée</translation>
    </message>
</context>
<context>
    <name>BackupSource</name>
    <message>
        <source>job "%1": kind "%2" cannot be backed up by this build yet (supported: sqlite, postgresql, postgresql-cluster, app-export, files)</source>
        <translation>tâche « %1 » : le type « %2 » ne peut pas encore être sauvegardé par cette version (pris en charge : sqlite, postgresql, postgresql-cluster, app-export, files)</translation>
    </message>
</context>
<context>
    <name>BufferSink</name>
    <message>
        <source>the decoded content is larger than %1 MiB, more than an export should be (is it the right backup?)</source>
        <translation>le contenu décodé dépasse %1 Mio, plus qu’un export ne devrait (est-ce la bonne sauvegarde ?)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>cannot open catalog %1: %2 (check the path in [catalog] url)</source>
        <translation>impossible d’ouvrir le catalogue %1 : %2 (vérifiez le chemin dans [catalog] url)</translation>
    </message>
    <message>
        <source>cannot open catalog on PostgreSQL %1: %2 (check [catalog] url and that the server runs)</source>
        <translation>impossible d’ouvrir le catalogue sur PostgreSQL %1 : %2 (vérifiez [catalog] url et que le serveur tourne)</translation>
    </message>
    <message>
        <source>catalog url must start with sqlite:// or postgresql://</source>
        <translation>l’URL du catalogue doit commencer par sqlite:// ou postgresql://</translation>
    </message>
    <message>
        <source>catalog query failed: %1 (run "lifeboat-cli catalog rebuild" if the catalog is damaged)</source>
        <translation>la requête au catalogue a échoué : %1 (lancez « lifeboat-cli catalog rebuild » si le catalogue est endommagé)</translation>
    </message>
    <message>
        <source>catalog %1 cannot be used: %2 (move it away and run "lifeboat-cli catalog rebuild")</source>
        <translation>le catalogue %1 est inutilisable : %2 (déplacez-le et lancez « lifeboat-cli catalog rebuild »)</translation>
    </message>
    <message>
        <source>no backup with id "%1" in the catalog (see "lifeboat-cli list"; run "catalog rebuild" if it is in a repository)</source>
        <translation>aucune sauvegarde d’identifiant « %1 » dans le catalogue (voir « lifeboat-cli list » ; lancez « catalog rebuild » si elle est dans un dépôt)</translation>
    </message>
    <message>
        <source>cannot start a catalog transaction: %1</source>
        <translation>impossible de démarrer une transaction du catalogue : %1</translation>
    </message>
    <message>
        <source>cannot commit the rebuilt catalog: %1</source>
        <translation>impossible de valider le catalogue reconstruit : %1</translation>
    </message>
    <message>
        <source>the Qt %1 driver for the catalog is missing (install the Debian package %2)</source>
        <translation>le pilote Qt %1 du catalogue manque (installez le paquet Debian %2)</translation>
    </message>
    <message>
        <source>cannot commit to the catalog: %1</source>
        <translation>impossible de valider dans le catalogue : %1</translation>
    </message>
    <message>
        <source>catalog %1 cannot be upgraded: %2</source>
        <translation>le catalogue %1 ne peut pas être mis à niveau : %2</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing</source>
        <translation>les événements %1 à %2 manquent</translation>
    </message>
    <message>
        <source>event %1 appears twice</source>
        <translation>l’événement %1 apparaît deux fois</translation>
    </message>
    <message>
        <source>its link to the event before does not match</source>
        <translation>son lien avec l’événement précédent ne correspond pas</translation>
    </message>
    <message>
        <source>its content was changed after it was written (%1 %2 at %3)</source>
        <translation>son contenu a été modifié après écriture (%1 %2 à %3)</translation>
    </message>
    <message>
        <source>audit event %1: %2</source>
        <translation>événement d’audit %1 : %2</translation>
    </message>
    <message>
        <source>first used with this catalog; SHA-256 %1</source>
        <translation>utilisé pour la première fois avec ce catalogue ; SHA-256 %1</translation>
    </message>
    <message>
        <source>changed outside Lifeboat's GUI; SHA-256 %1 -&gt; %2</source>
        <translation>modifié en dehors de l’interface de Lifeboat ; SHA-256 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1; SHA-256 %2</source>
        <translation>%1 ; SHA-256 %2</translation>
    </message>
    <message>
        <source>%1; SHA-256 %2 -&gt; %3</source>
        <translation>%1 ; SHA-256 %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Recreate the catalog from the repositories' sidecars.</source>
        <translation>Reconstruire le catalogue à partir des métadonnées des dépôts.</translation>
    </message>
    <message>
        <source>usage: lifeboat-cli catalog rebuild</source>
        <translation>usage : lifeboat-cli catalog rebuild</translation>
    </message>
    <message numerus="yes">
        <source>Catalog rebuilt: %n backup(s) from repositories %1</source>
        <translation><numerusform>Catalogue reconstruit : %n sauvegarde des dépôts %1</numerusform><numerusform>Catalogue reconstruit : %n sauvegardes des dépôts %1</numerusform></translation>
    </message>
    <message>
        <source>catalog rebuild: recreate the catalog from all configured repositories.</source>
        <translation>catalog rebuild : reconstruire le catalogue à partir de tous les dépôts configurés.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The job to check.</source>
        <translation>La tâche à vérifier.</translation>
    </message>
    <message>
        <source>check takes exactly one JOB</source>
        <translation>check attend exactement une TÂCHE</translation>
    </message>
    <message>
        <source>OK  </source>
        <translation>OK  </translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>     fix: %1</source>
        <translation>     correctif : %1</translation>
    </message>
    <message>
        <source>Job %1 is ready.</source>
        <translation>La tâche %1 est prête.</translation>
    </message>
    <message>
        <source>Job %1 is not ready: fix the FAIL lines above.</source>
        <translation>La tâche %1 n’est pas prête : corrigez les lignes ÉCHEC ci-dessus.</translation>
    </message>
    <message>
        <source>Check that a job can run: its source, tools, keys and repository.</source>
        <translation>Vérifier qu’une tâche peut s’exécuter : source, outils, clés et dépôt.</translation>
    </message>
</context>
<context>
    <name>ChildProcess</name>
    <message>
        <source>%1 stopped reading its input: %2</source>
        <translation>%1 a cessé de lire son entrée : %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>impossible de démarrer %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1: %2 was killed: %3</source>
        <translation>%1 : %2 a été tué : %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>cannot start %1: no pipe: %2</source>
        <translation>impossible de lancer %1 : pas de tube : %2</translation>
    </message>
    <message>
        <source>cannot read the output of %1: %2</source>
        <translation>impossible de lire la sortie de %1 : %2</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Config file (default: $LIFEBOAT_CONFIG, $XDG_CONFIG_HOME/lifeboat/lifeboat.toml, /etc/lifeboat/lifeboat.toml).</source>
        <translation>Fichier de configuration (par défaut : $LIFEBOAT_CONFIG, $XDG_CONFIG_HOME/lifeboat/lifeboat.toml, /etc/lifeboat/lifeboat.toml).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Afficher un document JSON sur stdout.</translation>
    </message>
    <message>
        <source>Print errors only.</source>
        <translation>N’afficher que les erreurs.</translation>
    </message>
    <message>
        <source>Print error details and, with --json, progress events.</source>
        <translation>Afficher le détail des erreurs et, avec --json, la progression.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli [--config FILE] [--json] [--quiet|--verbose] COMMAND ...

Backs up, verifies and restores databases; keeps a catalog of every backup.

Commands:
</source>
        <translation>Usage : lifeboat-cli [--config FICHIER] [--json] [--quiet|--verbose] COMMANDE ...

Sauvegarde, vérifie et restaure des bases de données ; tient un catalogue de chaque sauvegarde.

Commandes :
</translation>
    </message>
    <message>
        <source>
Run "lifeboat-cli COMMAND --help" for a command's options.
Exit codes: 0 ok, 1 failed, 2 usage or config error, 3 integrity failure, 4 busy, 130 cancelled.
</source>
        <translation>
« lifeboat-cli COMMANDE --help » affiche les options d’une commande.
Codes de sortie : 0 ok, 1 échec, 2 erreur d’usage ou de configuration, 3 échec d’intégrité, 4 occupé, 130 annulé.
</translation>
    </message>
    <message>
        <source>unknown command "%1" (see lifeboat-cli --help)</source>
        <translation>commande inconnue « %1 » (voir lifeboat-cli --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Afficher cette aide.</translation>
    </message>
</context>
<context>
    <name>ClosedFilePacker</name>
    <message>
        <source>cannot watch %1 (inotify: %2; raise fs.inotify.max_user_instances)</source>
        <translation>impossible de surveiller %1 (inotify : %2 ; augmentez fs.inotify.max_user_instances)</translation>
    </message>
    <message>
        <source>cannot watch</source>
        <translation>impossible de surveiller</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <source>%1.%2 spans several lines in the file; edit it there, or write it on one line</source>
        <translation>%1.%2 occupe plusieurs lignes dans le fichier ; modifiez-le là-bas ou écrivez-le sur une ligne</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>unknown key (remove it; see docs/configuration.md)</source>
        <translation>clé inconnue (supprimez-la ; voir docs/configuration.md)</translation>
    </message>
    <message>
        <source>unknown key (did you mean "%1"?)</source>
        <translation>clé inconnue (vouliez-vous dire « %1 » ?)</translation>
    </message>
    <message>
        <source>expected a string in quotes</source>
        <translation>chaîne entre guillemets attendue</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>nombre entier attendu</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>doit être compris entre %1 et %2</translation>
    </message>
    <message>
        <source>expected a list of strings, e.g. ["a", "b"]</source>
        <translation>liste de chaînes attendue, p. ex. ["a", "b"]</translation>
    </message>
    <message>
        <source>environment variable %1 is not set (set it or write the value)</source>
        <translation>la variable d’environnement %1 n’est pas définie (définissez-la ou écrivez la valeur)</translation>
    </message>
    <message>
        <source>expected a duration such as "30d" (units h, d, w, m, y)</source>
        <translation>durée attendue, p. ex. « 30d » (unités h, d, w, m, y)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’un de %1</translation>
    </message>
    <message>
        <source>must be custom, directory or plain</source>
        <translation>doit être custom, directory ou plain</translation>
    </message>
    <message>
        <source>must be none, checksum, decode, format or restore</source>
        <translation>doit être none, checksum, decode, format ou restore</translation>
    </message>
    <message>
        <source>must be none or openpgp</source>
        <translation>doit être none ou openpgp</translation>
    </message>
    <message>
        <source>openpgp needs recipients (public key files) or passphrase_file</source>
        <translation>openpgp nécessite recipients (fichiers de clés publiques) ou passphrase_file</translation>
    </message>
    <message>
        <source>missing (name one of the [repositories.*] tables)</source>
        <translation>manquant (nommez l’une des tables [repositories.*])</translation>
    </message>
    <message>
        <source>no repository named "%1" (define [repositories.%1])</source>
        <translation>aucun dépôt nommé « %1 » (définissez [repositories.%1])</translation>
    </message>
    <message>
        <source>missing (a %1 job needs the path to back up)</source>
        <translation>manquant (une tâche %1 nécessite le chemin à sauvegarder)</translation>
    </message>
    <message>
        <source>missing (e.g. "host=db1 dbname=app user=backup")</source>
        <translation>manquant (p. ex. « host=db1 dbname=app user=backup »)</translation>
    </message>
    <message>
        <source>must be local or s3</source>
        <translation>doit être local ou s3</translation>
    </message>
    <message>
        <source>missing (the folder that holds the backups)</source>
        <translation>manquant (le dossier qui contient les sauvegardes)</translation>
    </message>
    <message>
        <source>an s3 repository needs endpoint and bucket</source>
        <translation>un dépôt s3 nécessite endpoint et bucket</translation>
    </message>
    <message>
        <source>unknown time zone "%1" (use an IANA name such as "Europe/Berlin" or "UTC")</source>
        <translation>fuseau horaire inconnu « %1 » (utilisez un nom IANA comme « Europe/Paris » ou « UTC »)</translation>
    </message>
    <message>
        <source>must start with sqlite:// or postgresql://</source>
        <translation>doit commencer par sqlite:// ou postgresql://</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>table attendue</translation>
    </message>
    <message>
        <source>job names use letters, digits, '.', '_' and '-' only</source>
        <translation>les noms de tâche n’utilisent que lettres, chiffres, '.', '_' et '-'</translation>
    </message>
    <message>
        <source>%1:%2: %3 (fix the TOML syntax)</source>
        <translation>%1:%2 : %3 (corrigez la syntaxe TOML)</translation>
    </message>
    <message>
        <source>config file %1 does not exist (pass --config FILE or set LIFEBOAT_CONFIG)</source>
        <translation>le fichier de configuration %1 n’existe pas (passez --config FICHIER ou définissez LIFEBOAT_CONFIG)</translation>
    </message>
    <message>
        <source>cannot read config file %1: %2 (check its permissions)</source>
        <translation>impossible de lire le fichier de configuration %1 : %2 (vérifiez ses droits)</translation>
    </message>
    <message>
        <source>expected zstd[:level], gzip[:level] or none</source>
        <translation>zstd[:niveau], gzip[:niveau] ou none attendu</translation>
    </message>
    <message>
        <source>"none" takes no level</source>
        <translation>« none » ne prend pas de niveau</translation>
    </message>
    <message>
        <source>zstd level must be 1 to 19</source>
        <translation>le niveau zstd doit aller de 1 à 19</translation>
    </message>
    <message>
        <source>gzip level must be 1 to 9</source>
        <translation>le niveau gzip doit aller de 1 à 9</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true ou false attendu</translation>
    </message>
    <message>
        <source>must be once or skip</source>
        <translation>doit valoir once ou skip</translation>
    </message>
    <message>
        <source>must be file or keychain</source>
        <translation>doit valoir file ou keychain</translation>
    </message>
    <message>
        <source>must be json, slack or alertmanager</source>
        <translation>doit être json, slack ou alertmanager</translation>
    </message>
    <message>
        <source>"%1" is no event (use failure, corruption, missed, low_space)</source>
        <translation>« %1 » n’est pas un événement (utilisez failure, corruption, missed, low_space)</translation>
    </message>
    <message>
        <source>must be auto, path or virtual</source>
        <translation>doit valoir auto, path ou virtual</translation>
    </message>
    <message>
        <source>an app-export job needs either path (the application's SQLite file) or conninfo (its PostgreSQL database)</source>
        <translation>une tâche app-export demande soit path (le fichier SQLite de l’application) soit conninfo (sa base PostgreSQL)</translation>
    </message>
    <message>
        <source>missing (the entity profile, e.g. "mcpgateway")</source>
        <translation>manquant (le profil d’entités, p. ex. "mcpgateway")</translation>
    </message>
    <message>
        <source>set either %1 or %2, not both</source>
        <translation>définissez %1 ou %2, pas les deux</translation>
    </message>
    <message>
        <source>applies to files jobs only (this job is %1)</source>
        <translation>s’applique aux tâches de fichiers uniquement (cette tâche est %1)</translation>
    </message>
    <message>
        <source>must be stream, watch or off</source>
        <translation>doit valoir stream, watch ou off</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>minute</source>
        <translation>minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>heure</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>jour du mois</translation>
    </message>
    <message>
        <source>month</source>
        <translation>mois</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>jour de la semaine</translation>
    </message>
    <message>
        <source>%1 "%2" is not a number%3</source>
        <translation>%1 « %2 » n’est pas un nombre%3</translation>
    </message>
    <message>
        <source> or a name such as "%1"</source>
        <translation> ou un nom tel que « %1 »</translation>
    </message>
    <message>
        <source>%1 %2 is out of range %3-%4</source>
        <translation>%1 %2 est hors de la plage %3-%4</translation>
    </message>
    <message>
        <source>%1 has an empty list item</source>
        <translation>%1 contient un élément de liste vide</translation>
    </message>
    <message>
        <source>%1 step in "%2" must be a whole number above 0</source>
        <translation>le pas de %1 dans « %2 » doit être un entier supérieur à 0</translation>
    </message>
    <message>
        <source>%1 range "%2" runs backwards</source>
        <translation>la plage de %1 « %2 » est inversée</translation>
    </message>
    <message>
        <source>unknown shorthand "%1" (use @hourly, @daily, @weekly, @monthly or @yearly)</source>
        <translation>raccourci inconnu « %1 » (utilisez @hourly, @daily, @weekly, @monthly ou @yearly)</translation>
    </message>
    <message numerus="yes">
        <source>expected 5 fields (minute hour day-of-month month day-of-week), found %n</source>
        <translation><numerusform>5 champs attendus (minute heure jour mois jour-de-semaine), %n trouvé</numerusform><numerusform>5 champs attendus (minute heure jour mois jour-de-semaine), %n trouvés</numerusform></translation>
    </message>
    <message>
        <source>"%1" never runs (no such day in any month)</source>
        <translation>« %1 » ne s’exécute jamais (ce jour n’existe dans aucun mois)</translation>
    </message>
</context>
<context>
    <name>DecodedArchive</name>
    <message>
        <source>cannot create a scratch folder in %1: %2 (set LIFEBOAT_TMPDIR to a writable folder with room for the decoded backup)</source>
        <translation>impossible de créer un dossier de travail dans %1 : %2 (faites pointer LIFEBOAT_TMPDIR vers un dossier accessible en écriture et assez grand pour la sauvegarde décodée)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo workspace if it is missing.</source>
        <translation>Créer l’espace de démonstration s’il manque.</translation>
    </message>
    <message>
        <source>Delete the demo workspace (its backups too) and create it anew.</source>
        <translation>Supprimer l’espace de démonstration (sauvegardes comprises) et le recréer.</translation>
    </message>
    <message>
        <source>usage: lifeboat-cli demo init [--reset]</source>
        <translation>usage : lifeboat-cli demo init [--reset]</translation>
    </message>
    <message>
        <source>demo init: create the bundled demo workspace and print its config path.</source>
        <translation>demo init : créer l’espace de démonstration fourni et afficher le chemin de sa configuration.</translation>
    </message>
</context>
<context>
    <name>DrillChecks</name>
    <message>
        <source>the query failed on %1: %2</source>
        <translation>la requête a échoué sur %1 : %2</translation>
    </message>
    <message>
        <source>the query failed on the restored database: %1</source>
        <translation>la requête a échoué sur la base restaurée : %1</translation>
    </message>
    <message>
        <source>returned "%1", expected "%2"</source>
        <translation>a renvoyé « %1 », attendu « %2 »</translation>
    </message>
    <message>
        <source>returned "%1" as expected</source>
        <translation>a renvoyé « %1 » comme attendu</translation>
    </message>
    <message>
        <source>row counts differ from backup %1: %2</source>
        <translation>les nombres de lignes diffèrent de la sauvegarde %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), %1 rows, as recorded in backup %2</source>
        <translation><numerusform>%n table, %1 lignes, comme enregistré dans la sauvegarde %2</numerusform><numerusform>%n tables, %1 lignes, comme enregistré dans la sauvegarde %2</numerusform></translation>
    </message>
    <message>
        <source>cannot run %1: %2 (check the path in the plan)</source>
        <translation>impossible d’exécuter %1 : %2 (vérifiez le chemin dans le plan)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 ne s’est pas terminé en %2 s</translation>
    </message>
    <message>
        <source>%1 exited with %2, expected %3%4</source>
        <translation>%1 s’est terminé avec %2, attendu %3%4</translation>
    </message>
    <message>
        <source>a crash</source>
        <translation>un plantage</translation>
    </message>
    <message>
        <source>%1 exited with %2%3</source>
        <translation>%1 s’est terminé avec %2%3</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL</source>
        <translation>%1 n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>impossible de joindre %1 : %2</translation>
    </message>
    <message>
        <source>%1 gave no HTTP answer within %2 s</source>
        <translation>%1 n’a pas donné de réponse HTTP en %2 s</translation>
    </message>
    <message>
        <source>%1 answered %2, expected %3</source>
        <translation>%1 a répondu %2, attendu %3</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 a répondu %2</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <source>%1 (objective %2): not met</source>
        <translation>%1 (objectif %2) : non atteint</translation>
    </message>
    <message>
        <source>%1 (objective %2): %3</source>
        <translation>%1 (objectif %2) : %3</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NON atteint</translation>
    </message>
    <message>
        <source>Drill "%1" (%2), started %3, incident %4</source>
        <translation>Exercice « %1 » (%2), commencé %3, incident %4</translation>
    </message>
    <message>
        <source>skipped — manual</source>
        <translation>ignorée — manuelle</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non effectuée</translation>
    </message>
    <message>
        <source>RTO %1</source>
        <translation>RTO %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation>RPO %1</translation>
    </message>
    <message>
        <source>nothing restored</source>
        <translation>rien de restauré</translation>
    </message>
    <message>
        <source>Result: PASSED</source>
        <translation>Résultat : RÉUSSI</translation>
    </message>
    <message>
        <source>Result: FAILED at %1</source>
        <translation>Résultat : ÉCHEC à %1</translation>
    </message>
    <message>
        <source>Not signed off (pass --facilitator NAME to sign a drill off).</source>
        <translation>Non signé (passez --facilitator NOM pour signer un exercice).</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2.</source>
        <translation>Signé par %1 le %2.</translation>
    </message>
    <message>
        <source>run, list or show.</source>
        <translation>run, list ou show.</translation>
    </message>
    <message>
        <source>run: the drill plan (TOML); show: a drill id.</source>
        <translation>run : le plan d’exercice (TOML) ; show : un identifiant d’exercice.</translation>
    </message>
    <message>
        <source>Who runs the drill and signs it off.</source>
        <translation>Qui anime l’exercice et le signe.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>When the (simulated) incident was declared; default: the plan's, else now.</source>
        <translation>Quand l’incident (simulé) a été déclaré ; par défaut : celui du plan, sinon maintenant.</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>drill run takes exactly one PLAN file</source>
        <translation>drill run prend exactement un fichier PLAN</translation>
    </message>
    <message>
        <source>drill list takes no arguments</source>
        <translation>drill list ne prend pas d’arguments</translation>
    </message>
    <message>
        <source>No drills recorded yet (run one with: lifeboat-cli drill run PLAN).</source>
        <translation>Aucun exercice enregistré (lancez-en un avec : lifeboat-cli drill run PLAN).</translation>
    </message>
    <message>
        <source>%1  %2  %3  RTO %4  RPO %5  %6</source>
        <translation>%1  %2  %3  RTO %4  RPO %5  %6</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>drill show takes exactly one drill ID</source>
        <translation>drill show prend exactement un identifiant d’exercice</translation>
    </message>
    <message>
        <source>no drill %1 in the catalog ("lifeboat-cli drill list" lists them)</source>
        <translation>aucun exercice %1 dans le catalogue (« lifeboat-cli drill list » les liste)</translation>
    </message>
    <message>
        <source>drill needs an action: run PLAN, list or show ID</source>
        <translation>drill exige une action : run PLAN, list ou show ID</translation>
    </message>
    <message>
        <source>Disaster-recovery drills: run a plan, list past drills, show one.</source>
        <translation>Exercices de reprise après sinistre : exécuter un plan, lister les exercices passés, en afficher un.</translation>
    </message>
    <message>
        <source>       evidence: %1</source>
        <translation>       preuve : %1</translation>
    </message>
    <message>
        <source>Ask on the terminal for each manual step's checklist and an evidence note (otherwise they are skipped).</source>
        <translation>Demander dans le terminal la liste de contrôle de chaque étape manuelle et une note de preuve (sinon elles sont ignorées).</translation>
    </message>
    <message>
        <source>Manual step %1 of %2: %3</source>
        <translation>Étape manuelle %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>  Done: %1? [y/N/q]</source>
        <translation>  Fait : %1 ? [y/N/q]</translation>
    </message>
    <message>
        <source>  Evidence note (one line; empty for none):</source>
        <translation>  Note de preuve (une ligne ; vide pour aucune) :</translation>
    </message>
</context>
<context>
    <name>DrillPlanLoader</name>
    <message>
        <source>expected a string in quotes</source>
        <translation>chaîne entre guillemets attendue</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>nombre entier de %1 à %2 attendu</translation>
    </message>
    <message>
        <source>expected a list of strings, e.g. ["a", "b"]</source>
        <translation>liste de chaînes attendue, p. ex. ["a", "b"]</translation>
    </message>
    <message>
        <source>expected a duration such as "90m", "2h" or "1h30m"</source>
        <translation>durée attendue, par exemple « 90m », « 2h » ou « 1h30m »</translation>
    </message>
    <message>
        <source>unknown key (allowed here: %1; see docs/drills.md)</source>
        <translation>clé inconnue (autorisées ici : %1 ; voir docs/drills.md)</translation>
    </message>
    <message>
        <source>drill plan %1 does not exist (check the path; resources/drills/quarterly.toml is a sample)</source>
        <translation>le plan d’exercice %1 n’existe pas (vérifiez le chemin ; resources/drills/quarterly.toml est un exemple)</translation>
    </message>
    <message>
        <source>cannot read drill plan %1: %2 (check its permissions)</source>
        <translation>impossible de lire le plan d’exercice %1 : %2 (vérifiez ses permissions)</translation>
    </message>
    <message>
        <source>%1:%2: %3 (fix the TOML syntax)</source>
        <translation>%1:%2 : %3 (corrigez la syntaxe TOML)</translation>
    </message>
    <message>
        <source>missing (give the drill a name for its report)</source>
        <translation>manquant (donnez à l’exercice un nom pour son rapport)</translation>
    </message>
    <message>
        <source>not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)</source>
        <translation>pas une date (utilisez ISO 8601, p. ex. 2025-01-28T14:25:00Z)</translation>
    </message>
    <message>
        <source>a plan needs at least one [[steps]] table</source>
        <translation>un plan exige au moins une table [[steps]]</translation>
    </message>
    <message>
        <source>expected a [[steps]] table</source>
        <translation>table [[steps]] attendue</translation>
    </message>
    <message>
        <source>must be one of restore, pitr, sql, row-counts, command, http, manual</source>
        <translation>doit être l’un de restore, pitr, sql, row-counts, command, http, manual</translation>
    </message>
    <message>
        <source>missing (a %1 step needs it)</source>
        <translation>manquant (une étape %1 l’exige)</translation>
    </message>
    <message>
        <source>expected "latest" or an ISO 8601 time</source>
        <translation>« latest » ou une date ISO 8601 attendu</translation>
    </message>
    <message>
        <source>missing (the text the query's first value must be)</source>
        <translation>manquant (le texte que doit valoir la première valeur de la requête)</translation>
    </message>
    <message>
        <source>no restore step comes before this one</source>
        <translation>aucune étape restore ne précède celle-ci</translation>
    </message>
    <message>
        <source>no restore or pitr step named "%1" comes before this one</source>
        <translation>aucune étape restore ou pitr nommée « %1 » ne précède celle-ci</translation>
    </message>
    <message>
        <source>missing (the program and its arguments as a list)</source>
        <translation>manquant (le programme et ses arguments sous forme de liste)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export an app-export job's configuration (e.g. MCP Gateway tools, gateways, servers) as JSON the application can import too.</source>
        <translation>Exporter la configuration d’une tâche app-export (p. ex. outils, passerelles, serveurs d’une MCP Gateway) en JSON que l’application peut aussi importer.</translation>
    </message>
    <message>
        <source>An app-export job.</source>
        <translation>Une tâche app-export.</translation>
    </message>
    <message>
        <source>The file to write (mode 0600, written atomically).</source>
        <translation>Le fichier à écrire (mode 0600, écrit de façon atomique).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Only these entity types (comma-separated).</source>
        <translation>Seulement ces types d’entités (séparés par des virgules).</translation>
    </message>
    <message>
        <source>T,...</source>
        <translation>T,...</translation>
    </message>
    <message>
        <source>Leave these entity types out.</source>
        <translation>Exclure ces types d’entités.</translation>
    </message>
    <message>
        <source>Only entities carrying one of these tags.</source>
        <translation>Seulement les entités portant l’une de ces étiquettes.</translation>
    </message>
    <message>
        <source>Include disabled entities too.</source>
        <translation>Inclure aussi les entités désactivées.</translation>
    </message>
    <message>
        <source>Do not bring in what selected entities need (a server's tools, a tool's gateway).</source>
        <translation>Ne pas inclure ce dont les entités choisies ont besoin (les outils d’un serveur, la passerelle d’un outil).</translation>
    </message>
    <message>
        <source>File holding the source environment's application secret (e.g. AUTH_ENCRYPTION_SECRET).</source>
        <translation>Fichier contenant le secret d’application de l’environnement source (p. ex. AUTH_ENCRYPTION_SECRET).</translation>
    </message>
    <message>
        <source>File holding the target environment's application secret: secrets are re-encrypted for it.</source>
        <translation>Fichier contenant le secret d’application de l’environnement cible : les secrets sont rechiffrés pour lui.</translation>
    </message>
    <message>
        <source>Who the file says exported it (default: the OS user).</source>
        <translation>Qui, selon le fichier, l’a exporté (par défaut : l’utilisateur du système).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>export takes exactly one JOB (see lifeboat-cli export --help)</source>
        <translation>export prend exactement une TÂCHE (voir lifeboat-cli export --help)</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export demande --output FICHIER</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entit(ies) of job %1 from %2 to %3</source>
        <translation><numerusform>%n entité de la tâche %1 exportée de %2 vers %3</numerusform><numerusform>%n entités de la tâche %1 exportées de %2 vers %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  %n secret(s) re-encrypted for the target's secret</source>
        <translation><numerusform>  %n secret rechiffré pour le secret de la cible</numerusform><numerusform>  %n secrets rechiffrés pour le secret de la cible</numerusform></translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>%1 %2: disk full (%3 free in %4; free space or choose another repository)</source>
        <translation>%1 %2 : disque plein (%3 libres dans %4 ; libérez de l’espace ou choisissez un autre dépôt)</translation>
    </message>
    <message>
        <source>%1 %2: %3 (check the path)</source>
        <translation>%1 %2 : %3 (vérifiez le chemin)</translation>
    </message>
    <message>
        <source>%1 %2: %3 (check permissions and that the folder is writable)</source>
        <translation>%1 %2 : %3 (vérifiez les droits et que le dossier est accessible en écriture)</translation>
    </message>
    <message>
        <source>%1 %2: it already exists (choose another name)</source>
        <translation>%1 %2 : existe déjà (choisissez un autre nom)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2 : %3</translation>
    </message>
    <message>
        <source>cannot open folder</source>
        <translation>impossible d’ouvrir le dossier</translation>
    </message>
    <message>
        <source>cannot sync folder</source>
        <translation>impossible de synchroniser le dossier</translation>
    </message>
    <message>
        <source>cannot rename into</source>
        <translation>impossible de renommer en</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>impossible de créer</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
    <message>
        <source>cannot sync</source>
        <translation>impossible de synchroniser</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>impossible de créer le dossier</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existe déjà</translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>cannot create</source>
        <translation>impossible de créer</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
    <message>
        <source>cannot sync</source>
        <translation>impossible de synchroniser</translation>
    </message>
    <message>
        <source>cannot close</source>
        <translation>impossible de fermer</translation>
    </message>
</context>
<context>
    <name>FileTreeWalker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>cannot list folder</source>
        <translation>impossible de lister le dossier</translation>
    </message>
    <message>
        <source>cannot look at</source>
        <translation>impossible d’examiner</translation>
    </message>
</context>
<context>
    <name>FilesBackupSource</name>
    <message>
        <source>folder %1 does not exist (check the job's path; for a Docker volume, its _data folder)</source>
        <translation>le dossier %1 n’existe pas (vérifiez le path de la tâche ; pour un volume Docker, son dossier _data)</translation>
    </message>
    <message>
        <source>%1 is not a folder (a files job backs up a folder)</source>
        <translation>%1 n’est pas un dossier (une tâche de fichiers sauvegarde un dossier)</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>Inventaire de %1</translation>
    </message>
    <message>
        <source>warning: left out %1: %2</source>
        <translation>avertissement : %1 laissé de côté : %2</translation>
    </message>
    <message>
        <source>warning: %1 changed while it was read; its copy may be inconsistent</source>
        <translation>avertissement : %1 a changé pendant sa lecture ; sa copie peut être incohérente</translation>
    </message>
    <message>
        <source>Packing %1 (%2 bytes)</source>
        <translation>Empaquetage de %1 (%2 octets)</translation>
    </message>
    <message>
        <source>libarchive cannot start reading files (out of memory?)</source>
        <translation>libarchive ne peut pas commencer à lire les fichiers (mémoire épuisée ?)</translation>
    </message>
    <message>
        <source>a Lifeboat repository (its backups are not backed up again)</source>
        <translation>un dépôt Lifeboat (ses sauvegardes ne sont pas sauvegardées à nouveau)</translation>
    </message>
    <message>
        <source>warning: %1 files changed while they were read in all</source>
        <translation>avertissement : %1 fichiers au total ont changé pendant leur lecture</translation>
    </message>
    <message>
        <source>%1 file(s) changed while the folder was read (first: %2), and the job asks for a consistent copy: stop the application writing to %3 or back up a snapshot of it (see docs/files.md), then run the backup again</source>
        <translation>%1 fichier(s) ont changé pendant la lecture du dossier (premier : %2), et la tâche exige une copie cohérente : arrêtez l’application qui écrit dans %3 ou sauvegardez un instantané (voir docs/files.md), puis relancez la sauvegarde</translation>
    </message>
    <message>
        <source>a socket (tar cannot hold one; the application recreates it)</source>
        <translation>un socket (tar ne peut pas en contenir ; l’application le recrée)</translation>
    </message>
    <message>
        <source>a device file (a safe restore refuses device files)</source>
        <translation>un fichier de périphérique (une restauration sûre refuse les fichiers de périphérique)</translation>
    </message>
    <message>
        <source>cannot read the symlink</source>
        <translation>impossible de lire le lien symbolique</translation>
    </message>
    <message>
        <source>a symlink pointing outside the folder (to %1); a safe restore refuses it</source>
        <translation>un lien symbolique pointant hors du dossier (vers %1) ; une restauration sûre le refuse</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>impossible de lire</translation>
    </message>
    <message>
        <source>a file of an unknown type</source>
        <translation>un fichier de type inconnu</translation>
    </message>
    <message>
        <source>cannot read the attributes of %1: %2</source>
        <translation>impossible de lire les attributs de %1 : %2</translation>
    </message>
</context>
<context>
    <name>FilesExtractSink</name>
    <message>
        <source>the archive member "%1" is refused: %2; nothing was written outside the restore folder (the archive was not written by Lifeboat or was tampered with)</source>
        <translation>le membre d’archive « %1 » est refusé : %2 ; rien n’a été écrit hors du dossier de restauration (l’archive n’a pas été écrite par Lifeboat ou a été altérée)</translation>
    </message>
    <message>
        <source>an absolute path, an empty name or a ".." component</source>
        <translation>un chemin absolu, un nom vide ou un composant « .. »</translation>
    </message>
    <message>
        <source>it appears twice</source>
        <translation>il apparaît deux fois</translation>
    </message>
    <message>
        <source>a symlink pointing outside the restore folder (to %1)</source>
        <translation>un lien symbolique pointant hors du dossier de restauration (vers %1)</translation>
    </message>
    <message>
        <source>a device file</source>
        <translation>un fichier de périphérique</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>a member of an unknown type</source>
        <translation>un membre de type inconnu</translation>
    </message>
    <message>
        <source>a hard link to %1, which is not a file unpacked before it</source>
        <translation>un lien physique vers %1, qui n’est pas un fichier décompressé avant lui</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated in its manifest: %1</source>
        <translation>l’archive est endommagée ou tronquée dans son manifeste : %1</translation>
    </message>
    <message>
        <source>the archive's manifest is larger than 1 GiB: it was not written by Lifeboat</source>
        <translation>le manifeste de l’archive dépasse 1 Gio : il n’a pas été écrit par Lifeboat</translation>
    </message>
    <message>
        <source>the archive ends without its manifest: it is truncated or not a Lifeboat files backup (use another backup)</source>
        <translation>l’archive se termine sans son manifeste : elle est tronquée ou n’est pas une sauvegarde de fichiers Lifeboat (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>the archive holds %1 members but its manifest lists %2 (use another backup)</source>
        <translation>l’archive contient %1 membres mais son manifeste en liste %2 (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>%1 is in the manifest but not in the archive (use another backup)</source>
        <translation>%1 figure dans le manifeste mais pas dans l’archive (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>%1 is a %2 in the archive but a %3 in the manifest (use another backup)</source>
        <translation>%1 est un(e) %2 dans l’archive mais un(e) %3 dans le manifeste (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest (use another backup)</source>
        <translation>%1 ne correspond pas à son SHA-256 dans le manifeste (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>a symlink pointing outside the restore folder through another symlink (to %1)</source>
        <translation>un lien symbolique qui sort du dossier de restauration par un autre lien (vers %1)</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated: %1 (use another backup)</source>
        <translation>l’archive est endommagée ou tronquée : %1 (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>it follows the manifest, which ends a Lifeboat archive</source>
        <translation>il suit le manifeste, qui termine une archive Lifeboat</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>impossible de restaurer %1 : %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated in %1: %2 (use another backup)</source>
        <translation>l’archive est endommagée ou tronquée dans %1 : %2 (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>its data blocks overlap</source>
        <translation>ses blocs de données se chevauchent</translation>
    </message>
    <message>
        <source>cannot finish restoring folder times and permissions: %1</source>
        <translation>impossible de terminer la restauration des dates et droits des dossiers : %1</translation>
    </message>
    <message>
        <source>cannot restore %1: disk full (%2 free in %3; free space there or restore elsewhere with --to)</source>
        <translation>impossible de restaurer %1 : disque plein (%2 libres dans %3 ; libérez de la place ou restaurez ailleurs avec --to)</translation>
    </message>
</context>
<context>
    <name>FilesManifest</name>
    <message>
        <source>the file manifest is not valid JSON: %1 (use another backup)</source>
        <translation>le manifeste des fichiers n’est pas du JSON valide : %1 (utilisez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>the file manifest has an unknown format "%1" (expected %2)</source>
        <translation>le manifeste des fichiers a un format inconnu « %1 » (attendu : %2)</translation>
    </message>
    <message>
        <source>the file manifest has a malformed entry "%1" (use another backup)</source>
        <translation>le manifeste des fichiers a une entrée mal formée « %1 » (utilisez une autre sauvegarde)</translation>
    </message>
</context>
<context>
    <name>GzipDecompressor</name>
    <message>
        <source>gzip data is corrupt: %1</source>
        <translation>données gzip corrompues : %1</translation>
    </message>
    <message>
        <source>gzip data is corrupt</source>
        <translation>données gzip corrompues</translation>
    </message>
    <message>
        <source>gzip data is truncated: the stream ends inside a member</source>
        <translation>données gzip tronquées : le flux s’arrête au milieu d’un membre</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Stored size per backup</source>
        <translation>Taille stockée par sauvegarde</translation>
    </message>
    <message>
        <source>Backup duration</source>
        <translation>Durée de la sauvegarde</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>S%1</translation>
    </message>
    <message>
        <source>% successful</source>
        <translation>% réussies</translation>
    </message>
    <message>
        <source>Weekly success rate</source>
        <translation>Taux de réussite par semaine</translation>
    </message>
    <message>
        <source>stored now</source>
        <translation>stocké maintenant</translation>
    </message>
    <message>
        <source>kept by retention at today's sizes</source>
        <translation>prévision selon la rétention</translation>
    </message>
    <message>
        <source>Repository usage and forecast</source>
        <translation>Occupation du dépôt et prévision</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>connexion impossible à %1 : %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 a fermé la connexion</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 n’a pas répondu en %2 s</translation>
    </message>
    <message>
        <source>%1 sent a header line longer than 64 KiB</source>
        <translation>%1 a envoyé une ligne d’en-tête de plus de 64 Kio</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>envoi impossible vers %1 : %2</translation>
    </message>
    <message>
        <source>%1 does not speak HTTP/1.1 (it answered "%2")</source>
        <translation>%1 ne parle pas HTTP/1.1 (réponse : « %2 »)</translation>
    </message>
    <message>
        <source>%1 sent a malformed chunked answer</source>
        <translation>%1 a envoyé une réponse chunked mal formée</translation>
    </message>
</context>
<context>
    <name>ImportApplier</name>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>import annulé ; rien n’a été écrit</translation>
    </message>
    <message>
        <source>%1 '%2': %3</source>
        <translation>%1 « %2 » : %3</translation>
    </message>
    <message>
        <source>link %1 %2 -&gt; %3: %4</source>
        <translation>lien %1 %2 -&gt; %3 : %4</translation>
    </message>
    <message>
        <source>import rolled back, the database is as it was: %1</source>
        <translation>import annulé, la base est telle qu’avant : %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import an export file (Lifeboat's or the application's own) into an app-export job's database, atomically; --dry-run prints the plan.</source>
        <translation>Importer un fichier d’export (de Lifeboat ou de l’application) dans la base d’une tâche app-export, de façon atomique ; --dry-run affiche le plan.</translation>
    </message>
    <message>
        <source>An app-export job (its database is the target).</source>
        <translation>Une tâche app-export (sa base est la cible).</translation>
    </message>
    <message>
        <source>An export file, or the id of an app-export backup (e.g. a safety export).</source>
        <translation>Un fichier d’export, ou l’identifiant d’une sauvegarde app-export (p. ex. un export de sécurité).</translation>
    </message>
    <message>
        <source>Print the plan (create/update/skip/rename/conflict per entity) and write nothing.</source>
        <translation>Afficher le plan (créer/mettre à jour/ignorer/renommer/conflit par entité) sans rien écrire.</translation>
    </message>
    <message>
        <source>What to do with entities that exist already: skip, update (changed fields, links merged; default), rename (&lt;name&gt;_imported_&lt;n&gt;), fail (abort before writing), replace (make the database equal to the file: the undo of an import, from its safety export).</source>
        <translation>Que faire des entités déjà présentes : skip, update (champs modifiés, liens fusionnés ; par défaut), rename (&lt;nom&gt;_imported_&lt;n&gt;), fail (abandon avant écriture), replace (rendre la base identique au fichier : l’annulation d’un import depuis son export de sécurité).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only these entity types (comma-separated).</source>
        <translation>Seulement ces types d’entités (séparés par des virgules).</translation>
    </message>
    <message>
        <source>T,...</source>
        <translation>T,...</translation>
    </message>
    <message>
        <source>Take a safety export of the database first (the default).</source>
        <translation>Faire d’abord un export de sécurité de la base (par défaut).</translation>
    </message>
    <message>
        <source>Skip the safety export.</source>
        <translation>Ne pas faire l’export de sécurité.</translation>
    </message>
    <message>
        <source>File holding the secret the file's secrets are encrypted under.</source>
        <translation>Fichier contenant le secret sous lequel les secrets du fichier sont chiffrés.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>File holding the target application's secret: secrets are re-encrypted for it.</source>
        <translation>Fichier contenant le secret de l’application cible : les secrets sont rechiffrés pour lui.</translation>
    </message>
    <message>
        <source>import takes JOB and FILE (see lifeboat-cli import --help)</source>
        <translation>import prend TÂCHE et FICHIER (voir lifeboat-cli import --help)</translation>
    </message>
    <message>
        <source>unknown strategy "%1" (use skip, update, rename, fail or replace)</source>
        <translation>stratégie inconnue « %1 » (utilisez skip, update, rename, fail ou replace)</translation>
    </message>
    <message>
        <source>Plan for importing %1 into %2 (strategy %3):</source>
        <translation>Plan de l’import de %1 dans %2 (stratégie %3) :</translation>
    </message>
    <message>
        <source>Importing %1 into %2 (strategy %3):</source>
        <translation>Import de %1 dans %2 (stratégie %3) :</translation>
    </message>
    <message>
        <source> -&gt; %1</source>
        <translation> -&gt; %1</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>correspond : %1</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>diffère : %1</translation>
    </message>
    <message>
        <source>  links: %1 to add, %2 to remove</source>
        <translation>  liens : %1 à ajouter, %2 à retirer</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>create %1, update %2, unchanged %3, skip %4, rename %5, delete %6, conflict %7</source>
        <translation>créer %1, mettre à jour %2, inchangées %3, ignorer %4, renommer %5, supprimer %6, conflit %7</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1.</source>
        <translation>Essai à blanc, rien d’écrit : %1.</translation>
    </message>
    <message>
        <source>Imported in one transaction (%1): created %2, updated %3, skipped %4, renamed %5, deleted %6, failed 0.</source>
        <translation>Importé en une transaction (%1) : créés %2, mis à jour %3, ignorés %4, renommés %5, supprimés %6, échecs 0.</translation>
    </message>
    <message>
        <source>Nothing to change: %1.</source>
        <translation>Rien à modifier : %1.</translation>
    </message>
    <message>
        <source>Safety export: %1 (undo with: lifeboat-cli import %2 %1 --strategy replace)</source>
        <translation>Export de sécurité : %1 (annulation : lifeboat-cli import %2 %1 --strategy replace)</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 '%2' field %3: %4 (%5) is neither in the file nor in the database</source>
        <translation>%1 « %2 » champ %3 : %4 (%5) n’est ni dans le fichier ni dans la base</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 refer to %2 values the target database does not have (%3); they are imported without them</source>
        <translation><numerusform>%n %1 fait référence à des valeurs %2 absentes de la base cible (%3) ; importé sans elles</numerusform><numerusform>%n %1 font référence à des valeurs %2 absentes de la base cible (%3) ; importés sans elles</numerusform></translation>
    </message>
    <message>
        <source>%1 '%2' appears twice in the file (%3)</source>
        <translation>%1 « %2 » figure deux fois dans le fichier (%3)</translation>
    </message>
    <message>
        <source>%1: the target's table %2 has no column %3; those values are not imported (is it an older release?)</source>
        <translation>%1 : la table %2 de la cible n’a pas de colonne %3 ; ces valeurs ne sont pas importées (est-ce une version plus ancienne ?)</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>absent du fichier</translation>
    </message>
    <message>
        <source>%1 '%2' field %3: %4 '%5' is neither in the file nor in the database</source>
        <translation>%1 « %2 » champ %3 : %4 « %5 » n’est ni dans le fichier ni dans la base</translation>
    </message>
    <message>
        <source>%1 (%2) field %3: %4 (%5) is neither in the file nor in the database</source>
        <translation>%1 (%2) champ %3 : %4 (%5) n’est ni dans le fichier ni dans la base</translation>
    </message>
    <message>
        <source>unknown strategy "%1" (use %2)</source>
        <translation>stratégie inconnue « %1 » (utilisez %2)</translation>
    </message>
    <message>
        <source>unknown entity type "%1" (known: %2)</source>
        <translation>type d’entité inconnu « %1 » (connus : %2)</translation>
    </message>
    <message>
        <source>the file cannot be imported: %1%2 (nothing was written)</source>
        <translation>le fichier ne peut pas être importé : %1%2 (rien n’a été écrit)</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more problem(s)</source>
        <translation><numerusform>; et %n autre problème</numerusform><numerusform>; et %n autres problèmes</numerusform></translation>
    </message>
</context>
<context>
    <name>JobCheck</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 n’existe pas</translation>
    </message>
    <message>
        <source>fix path in the job</source>
        <translation>corrigez path dans la tâche</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 n’est pas lisible</translation>
    </message>
    <message>
        <source>run Lifeboat as a user that may read it</source>
        <translation>lancez Lifeboat avec un utilisateur qui peut la lire</translation>
    </message>
    <message>
        <source>point path at an SQLite database</source>
        <translation>faites pointer path vers une base SQLite</translation>
    </message>
    <message>
        <source>SQLite database %1, %2, %3 tables, journal mode %4</source>
        <translation>base SQLite %1, %2, %3 tables, mode de journal %4</translation>
    </message>
    <message>
        <source>add [jobs.%1] to the config</source>
        <translation>ajoutez [jobs.%1] à la configuration</translation>
    </message>
    <message>
        <source>jobs of kind "%1" are not available in this build</source>
        <translation>les tâches de type « %1 » ne sont pas disponibles dans cette version</translation>
    </message>
    <message>
        <source>fix the job's recipients or passphrase_file</source>
        <translation>corrigez recipients ou passphrase_file de la tâche</translation>
    </message>
    <message>
        <source>backups are stored unencrypted</source>
        <translation>les sauvegardes sont stockées sans chiffrement</translation>
    </message>
    <message>
        <source>set encryption = "openpgp" with recipients (public keys)</source>
        <translation>mettez encryption = "openpgp" avec recipients (clés publiques)</translation>
    </message>
    <message>
        <source>OpenPGP (%1)</source>
        <translation>OpenPGP (%1)</translation>
    </message>
    <message>
        <source>fix [repositories.%1]</source>
        <translation>corrigez [repositories.%1]</translation>
    </message>
    <message>
        <source>make %1 writable for this user, or choose another repository</source>
        <translation>rendez %1 accessible en écriture pour cet utilisateur, ou choisissez un autre dépôt</translation>
    </message>
    <message>
        <source>%1 is writable, %2 free</source>
        <translation>%1 est accessible en écriture, %2 libres</translation>
    </message>
    <message>
        <source>unknown space</source>
        <translation>espace inconnu</translation>
    </message>
    <message>
        <source>set profile = "mcpgateway" (or a profile file's path)</source>
        <translation>définissez profile = "mcpgateway" (ou le chemin d’un fichier de profil)</translation>
    </message>
    <message>
        <source>fix the job's path or conninfo</source>
        <translation>corrigez le path ou le conninfo de la tâche</translation>
    </message>
    <message>
        <source>point the job at the application's database</source>
        <translation>pointez la tâche vers la base de l’application</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>fix path in the job (for a Docker volume: docker volume inspect NAME, its Mountpoint)</source>
        <translation>corrigez path dans la tâche (pour un volume Docker : docker volume inspect NOM, son Mountpoint)</translation>
    </message>
    <message>
        <source>run Lifeboat as a user that may read the whole folder</source>
        <translation>exécutez Lifeboat sous un utilisateur qui peut lire tout le dossier</translation>
    </message>
    <message>
        <source>folder %1: %2 files, %3 to back up</source>
        <translation>dossier %1 : %2 fichiers, %3 à sauvegarder</translation>
    </message>
    <message>
        <source>%1; left out as Lifeboat repositories: %2</source>
        <translation>%1 ; laissés de côté comme dépôts Lifeboat : %2</translation>
    </message>
    <message>
        <source>keep repositories outside the folders they back up</source>
        <translation>gardez les dépôts hors des dossiers qu’ils sauvegardent</translation>
    </message>
    <message>
        <source>use kind = "postgresql", "postgresql-cluster", "sqlite", "files" or "app-export"</source>
        <translation>utilisez kind = "postgresql", "postgresql-cluster", "sqlite", "files" ou "app-export"</translation>
    </message>
</context>
<context>
    <name>JobHealth</name>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>%n s</source>
        <translation><numerusform>%n s</numerusform><numerusform>%n s</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation><numerusform>%n min</numerusform><numerusform>%n min</numerusform></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>no successful backup yet</source>
        <translation>pas encore de sauvegarde réussie</translation>
    </message>
    <message>
        <source>the last run failed</source>
        <translation>la dernière exécution a échoué</translation>
    </message>
    <message>
        <source>the newest good backup failed verification</source>
        <translation>la dernière bonne sauvegarde a échoué à la vérification</translation>
    </message>
    <message>
        <source>the newest backup is %1 old, over twice the objective of %2</source>
        <translation>la dernière sauvegarde date de %1, plus du double de l’objectif de %2</translation>
    </message>
    <message>
        <source>the newest backup is %1 old, over the objective of %2</source>
        <translation>la dernière sauvegarde date de %1, au-delà de l’objectif de %2</translation>
    </message>
    <message>
        <source>no schedule: backups run only by hand</source>
        <translation>pas de planification : les sauvegardes ne se font qu’à la main</translation>
    </message>
    <message>
        <source>the newest backup was never verified</source>
        <translation>la dernière sauvegarde n’a jamais été vérifiée</translation>
    </message>
    <message>
        <source>repository "%1" has room for fewer than two more backups</source>
        <translation>le dépôt « %1 » a de la place pour moins de deux sauvegardes de plus</translation>
    </message>
</context>
<context>
    <name>JobSupport</name>
    <message>
        <source>no job named "%1" in %2 (jobs: %3)</source>
        <translation>aucune tâche nommée « %1 » dans %2 (tâches : %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>no repository named "%1" in %2 (define [repositories.%1])</source>
        <translation>aucun dépôt nommé « %1 » dans %2 (définissez [repositories.%1])</translation>
    </message>
    <message>
        <source>job "%1" keeps its passphrase in the desktop keychain, which only the desktop app can read (for cron, timers and the command line add passphrase_file)</source>
        <translation>la tâche « %1 » garde sa phrase secrète dans le trousseau du bureau, que seule l’application de bureau peut lire (pour cron, les minuteries et la ligne de commande, ajoutez passphrase_file)</translation>
    </message>
    <message>
        <source>Passphrase of job %1</source>
        <translation>Phrase secrète de la tâche %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>the schema uses keyword %1, which this validator does not support</source>
        <translation>le schéma utilise le mot-clé %1, que ce validateur ne prend pas en charge</translation>
    </message>
    <message>
        <source>the schema's reference %1 cannot be resolved</source>
        <translation>la référence %1 du schéma est introuvable</translation>
    </message>
    <message>
        <source>is %1, expected %2</source>
        <translation>est %1, %2 attendu</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ne fait pas partie de %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>doit valoir %1</translation>
    </message>
    <message>
        <source>is shorter than %1 characters</source>
        <translation>fait moins de %1 caractères</translation>
    </message>
    <message>
        <source>"%1" does not match the pattern %2</source>
        <translation>« %1 » ne correspond pas au motif %2</translation>
    </message>
    <message>
        <source>is below the minimum %1</source>
        <translation>est sous le minimum %1</translation>
    </message>
    <message>
        <source>required property "%1" is missing</source>
        <translation>la propriété obligatoire « %1 » manque</translation>
    </message>
    <message>
        <source>property "%1" is not allowed</source>
        <translation>la propriété « %1 » n’est pas permise</translation>
    </message>
    <message>
        <source>has fewer than %1 items</source>
        <translation>a moins de %1 éléments</translation>
    </message>
    <message>
        <source>matches none of the allowed forms (first: %1)</source>
        <translation>ne correspond à aucune des formes permises (première : %1)</translation>
    </message>
    <message>
        <source>matches more than one of the allowed forms</source>
        <translation>correspond à plus d’une des formes permises</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(niveau supérieur)</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>no keychain service answered (%1): start GNOME Keyring or KWallet, or keep the secret in a 0600 file</source>
        <translation>aucun service de trousseau n’a répondu (%1) : démarrez GNOME Keyring ou KWallet, ou gardez le secret dans un fichier 0600</translation>
    </message>
    <message>
        <source>the keychain refused access (%1): unlock it and try again</source>
        <translation>le trousseau a refusé l’accès (%1) : déverrouillez-le et réessayez</translation>
    </message>
    <message>
        <source>keychain error: %1</source>
        <translation>erreur du trousseau : %1</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>The action (generate).</source>
        <translation>L’action (generate).</translation>
    </message>
    <message>
        <source>Path and base name of the key files: BASE.pub.asc and BASE.sec.asc.</source>
        <translation>Chemin et nom de base des fichiers de clé : BASE.pub.asc et BASE.sec.asc.</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASE</translation>
    </message>
    <message>
        <source>The key's user id (default: "Lifeboat backups &lt;lifeboat@HOST&gt;").</source>
        <translation>L’identifiant utilisateur de la clé (par défaut : "Lifeboat backups &lt;lifeboat@HOST&gt;").</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXTE</translation>
    </message>
    <message>
        <source>Protect the secret key with a passphrase from file:PATH, env:NAME, credential:NAME or prompt (default: unprotected).</source>
        <translation>Protéger la clé secrète par une phrase secrète venant de file:CHEMIN, env:NOM, credential:NOM ou prompt (par défaut : non protégée).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>use: lifeboat-cli keys generate --output BASE</source>
        <translation>usage : lifeboat-cli keys generate --output BASE</translation>
    </message>
    <message>
        <source>keys generate needs --output BASE (e.g. /secure/backup-key)</source>
        <translation>keys generate demande --output BASE (p. ex. /secure/backup-key)</translation>
    </message>
    <message>
        <source>Passphrase for the new secret key</source>
        <translation>Phrase secrète de la nouvelle clé secrète</translation>
    </message>
    <message>
        <source>Generated key %1 (%2)</source>
        <translation>Clé %1 générée (%2)</translation>
    </message>
    <message>
        <source>  public key: %1 — put it on every host that writes backups: recipients = ["%1"]</source>
        <translation>  clé publique : %1 — à placer sur chaque hôte qui écrit des sauvegardes : recipients = ["%1"]</translation>
    </message>
    <message>
        <source>  secret key: %1 (mode 0600) — move it off the database hosts: keep it offline or in a password manager, and put it only where restores run (secret_keys = [...]). Without it no backup encrypted to this key can be read.</source>
        <translation>  clé secrète : %1 (mode 0600) — à retirer des hôtes de base de données : gardez-la hors ligne ou dans un gestionnaire de mots de passe, et placez-la seulement là où les restaurations ont lieu (secret_keys = [...]). Sans elle, aucune sauvegarde chiffrée pour cette clé n’est lisible.</translation>
    </message>
    <message>
        <source>keys generate: create an OpenPGP key pair for public-key backups and say where each half belongs.</source>
        <translation>keys generate : créer une paire de clés OpenPGP pour les sauvegardes à clé publique et indiquer où va chaque moitié.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Only backups of this job.</source>
        <translation>Uniquement les sauvegardes de cette tâche.</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>list takes no arguments (use --job JOB)</source>
        <translation>list ne prend pas d’argument (utilisez --job TÂCHE)</translation>
    </message>
    <message>
        <source>No backups yet. Run "lifeboat-cli backup JOB" (jobs: %1).</source>
        <translation>Aucune sauvegarde pour l’instant. Lancez « lifeboat-cli backup TÂCHE » (tâches : %1).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>DÉBUT (UTC)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>TAILLE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DURÉE</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>VÉRIFIÉE</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>ÉTAT</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>ÉTIQUETTE</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source> [kept forever]</source>
        <translation> [conservée pour toujours]</translation>
    </message>
    <message>
        <source>List backups in the catalog, newest first.</source>
        <translation>Lister les sauvegardes du catalogue, les plus récentes d’abord.</translation>
    </message>
    <message>
        <source> [not yet offsite: %1]</source>
        <translation> [pas encore hors site : %1]</translation>
    </message>
</context>
<context>
    <name>LocalRepository</name>
    <message>
        <source>cannot open lock file</source>
        <translation>impossible d’ouvrir le fichier de verrou</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>job "%1" is busy: another run (pid %2) holds its lock (wait for it to finish)</source>
        <translation>la tâche « %1 » est occupée : une autre exécution (pid %2) détient son verrou (attendez qu’elle se termine)</translation>
    </message>
    <message>
        <source>backup %1 already exists in repository "%2" (wait a second and run again)</source>
        <translation>la sauvegarde %1 existe déjà dans le dépôt « %2 » (attendez une seconde et relancez)</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>impossible de lire</translation>
    </message>
    <message>
        <source>repository "%1" not found at %2 (check its path, or mount it)</source>
        <translation>dépôt « %1 » introuvable à %2 (vérifiez son chemin ou montez-le)</translation>
    </message>
    <message>
        <source>artifact %1 is missing from repository "%2" (restore it from a copy or choose another backup)</source>
        <translation>le fichier %1 manque dans le dépôt « %2 » (restaurez-le depuis une copie ou choisissez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>%1 already exists in repository "%2"</source>
        <translation>%1 existe déjà dans le dépôt « %2 »</translation>
    </message>
    <message>
        <source>%1 is missing from repository "%2"</source>
        <translation>%1 manque dans le dépôt « %2 »</translation>
    </message>
    <message>
        <source>cannot remove</source>
        <translation>impossible de supprimer</translation>
    </message>
    <message>
        <source>repository "%1": folder %2 can be written by others (mode %3), so anyone could replace or delete its backups; run: chmod 700 %2</source>
        <translation>dépôt « %1 » : le dossier %2 est modifiable par d’autres (mode %3), n’importe qui pourrait remplacer ou supprimer ses sauvegardes ; exécutez : chmod 700 %2</translation>
    </message>
</context>
<context>
    <name>MappedWal</name>
    <message>
        <source>cannot read WAL file %1: %2 (archive_command must pass %p, run in the data directory)</source>
        <translation>impossible de lire le fichier WAL %1 : %2 (archive_command doit passer %p et tourner dans le répertoire de données)</translation>
    </message>
    <message>
        <source>cannot read WAL file %1: %2</source>
        <translation>impossible de lire le fichier WAL %1 : %2</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Write the metrics to this .prom file atomically (node_exporter textfile collector).</source>
        <translation>Écrire les métriques atomiquement dans ce fichier .prom (collecteur textfile de node_exporter).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>CHEMIN</translation>
    </message>
    <message>
        <source>metrics takes no arguments (see lifeboat-cli metrics --help)</source>
        <translation>metrics ne prend pas d’arguments (voir lifeboat-cli metrics --help)</translation>
    </message>
    <message>
        <source>Print Prometheus metrics of every job (or write them atomically to a node_exporter textfile).</source>
        <translation>Afficher les métriques Prometheus de toutes les tâches (ou les écrire atomiquement dans un fichier texte pour node_exporter).</translation>
    </message>
</context>
<context>
    <name>MetricsHttpServer</name>
    <message>
        <source>--metrics-listen takes ADDR:PORT, e.g. 127.0.0.1:9187 (got "%1")</source>
        <translation>--metrics-listen attend ADRESSE:PORT, p. ex. 127.0.0.1:9187 (reçu « %1 »)</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1: %2 (choose another port)</source>
        <translation>impossible de servir les métriques sur %1 : %2 (choisissez un autre port)</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>webhook %1 is not an http:// or https:// URL</source>
        <translation>le webhook %1 n’est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>aucune réponse HTTP</translation>
    </message>
    <message numerus="yes">
        <source>webhook %1 did not take the notification after %n attempt(s): %2</source>
        <translation><numerusform>le webhook %1 n’a pas accepté la notification après %n tentative : %2</numerusform><numerusform>le webhook %1 n’a pas accepté la notification après %n tentatives : %2</numerusform></translation>
    </message>
    <message>
        <source>cannot run %1 to send e-mail: %2 (install a mail transfer agent or set notifications.sendmail)</source>
        <translation>impossible d’exécuter %1 pour envoyer le courriel : %2 (installez un agent de transfert de courriel ou définissez notifications.sendmail)</translation>
    </message>
    <message>
        <source>%1 did not accept the e-mail: %2</source>
        <translation>%1 n’a pas accepté le courriel : %2</translation>
    </message>
    <message>
        <source>notification not delivered: %1</source>
        <translation>notification non remise : %1</translation>
    </message>
</context>
<context>
    <name>OpenPgpKeyGenerator</name>
    <message>
        <source>cannot export the new key</source>
        <translation>impossible d’exporter la nouvelle clé</translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten (choose another --output)</source>
        <translation>%1 existe déjà ; un fichier de clé n’est jamais écrasé (choisissez un autre --output)</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>le dossier %1 n’existe pas</translation>
    </message>
    <message>
        <source>librnp cannot start</source>
        <translation>librnp ne démarre pas</translation>
    </message>
    <message>
        <source>key generation failed: %1</source>
        <translation>échec de la génération de clé : %1</translation>
    </message>
</context>
<context>
    <name>OpenPgpKeyring</name>
    <message>
        <source>key file %1 does not exist (check %2 in the job)</source>
        <translation>le fichier de clé %1 n’existe pas (vérifiez %2 dans la tâche)</translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation>impossible de lire le fichier de clé %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not an OpenPGP key file (export one with gpg --armor --export%2 KEYID)</source>
        <translation>%1 n’est pas un fichier de clé OpenPGP (exportez-en un avec gpg --armor --export%2 KEYID)</translation>
    </message>
    <message>
        <source>cannot initialise librnp (reinstall the librnp0 package)</source>
        <translation>impossible d’initialiser librnp (réinstallez le paquet librnp0)</translation>
    </message>
    <message>
        <source>key file %1 holds no key that can encrypt (use a key with an encryption subkey)</source>
        <translation>le fichier de clé %1 ne contient aucune clé de chiffrement (utilisez une clé avec une sous-clé de chiffrement)</translation>
    </message>
</context>
<context>
    <name>OpenPgpStage</name>
    <message>
        <source>OpenPGP encryption failed: %1</source>
        <translation>le chiffrement OpenPGP a échoué : %1</translation>
    </message>
    <message>
        <source>wrong passphrase: the backup cannot be decrypted with it (check passphrase_file)</source>
        <translation>phrase secrète incorrecte : elle ne permet pas de déchiffrer la sauvegarde (vérifiez passphrase_file)</translation>
    </message>
    <message>
        <source>the backup is encrypted but no secret_keys or passphrase_file is configured (add the key that can decrypt it)</source>
        <translation>la sauvegarde est chiffrée mais ni secret_keys ni passphrase_file n’est configuré (ajoutez la clé qui la déchiffre)</translation>
    </message>
    <message>
        <source>wrong passphrase or not a password-encrypted backup (check passphrase_file)</source>
        <translation>phrase secrète incorrecte ou sauvegarde non chiffrée par mot de passe (vérifiez passphrase_file)</translation>
    </message>
    <message>
        <source>none of the configured secret_keys can decrypt this backup (add the secret key of a recipient)</source>
        <translation>aucune des secret_keys configurées ne déchiffre cette sauvegarde (ajoutez la clé secrète d’un destinataire)</translation>
    </message>
    <message>
        <source>OpenPGP data is corrupt or truncated (%1)</source>
        <translation>données OpenPGP corrompues ou tronquées (%1)</translation>
    </message>
    <message>
        <source>the OpenPGP data is not encrypted (refusing plain OpenPGP data)</source>
        <translation>les données OpenPGP ne sont pas chiffrées (données OpenPGP en clair refusées)</translation>
    </message>
    <message>
        <source>the OpenPGP data has no valid integrity protection (mode %1; refusing it)</source>
        <translation>les données OpenPGP n’ont pas de protection d’intégrité valide (mode %1 ; refusées)</translation>
    </message>
    <message>
        <source>OpenPGP data continues after the end of the message</source>
        <translation>des données OpenPGP suivent la fin du message</translation>
    </message>
</context>
<context>
    <name>PdfReportRenderer</name>
    <message>
        <source>PDF reports need the Qt GUI library to be started (run them with the lifeboat program)</source>
        <translation>les rapports PDF exigent la bibliothèque graphique Qt démarrée (lancez-les avec le programme lifeboat)</translation>
    </message>
    <message>
        <source>Lifeboat report</source>
        <translation>Rapport Lifeboat</translation>
    </message>
    <message>
        <source>cannot write the PDF to %1 (check the folder's permissions and free space)</source>
        <translation>impossible d’écrire le PDF dans %1 (vérifiez les permissions du dossier et l’espace libre)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>page %1 sur %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1 (check free space)</source>
        <translation>impossible de terminer le PDF %1 (vérifiez l’espace libre)</translation>
    </message>
    <message>
        <source>the PDF %1 came out empty (check free space)</source>
        <translation>le PDF %1 est vide (vérifiez l’espace libre)</translation>
    </message>
</context>
<context>
    <name>PgAccess</name>
    <message>
        <source>cannot create a private temp folder for the password file: %1</source>
        <translation>impossible de créer un dossier temporaire privé pour le fichier de mot de passe : %1</translation>
    </message>
    <message>
        <source>%1 for PostgreSQL %2 is not installed (install the Debian package postgresql-client-%2)</source>
        <translation>%1 pour PostgreSQL %2 n’est pas installé (installez le paquet Debian postgresql-client-%2)</translation>
    </message>
    <message>
        <source>PostgreSQL password of job %1</source>
        <translation>Mot de passe PostgreSQL de la tâche %1</translation>
    </message>
</context>
<context>
    <name>PgBaseBackupSource</name>
    <message>
        <source>Connecting to PostgreSQL</source>
        <translation>Connexion à PostgreSQL</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>job "%1": the server at %2 runs with wal_level = minimal, which allows no base backups (set wal_level = replica and restart it; "lifeboat-cli check %1" prints every setting)</source>
        <translation>tâche « %1 » : le serveur sur %2 tourne avec wal_level = minimal, qui ne permet aucune sauvegarde de base (réglez wal_level = replica et redémarrez-le ; « lifeboat-cli check %1 » affiche chaque réglage)</translation>
    </message>
    <message>
        <source>job "%1": the cluster has tablespaces outside its data directory: %2; base backups of such clusters are not supported yet (move them into pg_default, or back the databases up with kind = "postgresql")</source>
        <translation>tâche « %1 » : le cluster a des tablespaces hors de son répertoire de données : %2 ; les sauvegardes de base de tels clusters ne sont pas encore prises en charge (déplacez-les dans pg_default, ou sauvegardez les bases avec kind = "postgresql")</translation>
    </message>
    <message>
        <source>Copying the cluster with pg_basebackup, compressing, encrypting and storing</source>
        <translation>Copie du cluster avec pg_basebackup, compression, chiffrement et stockage</translation>
    </message>
    <message>
        <source>pg_basebackup of job "%1" failed</source>
        <translation>pg_basebackup de la tâche « %1 » a échoué</translation>
    </message>
    <message>
        <source>pg_basebackup of job "%1" did not report its WAL start and end points; the backup cannot be used for point-in-time recovery (check the PostgreSQL client version)</source>
        <translation>pg_basebackup de la tâche « %1 » n’a pas indiqué ses points de début et de fin de WAL ; la sauvegarde ne peut pas servir à une restauration à un instant donné (vérifiez la version du client PostgreSQL)</translation>
    </message>
    <message>
        <source>Copying the cluster over a replication connection, compressing, encrypting and storing</source>
        <translation>Copie de l’instance par une connexion de réplication, compression, chiffrement et stockage</translation>
    </message>
    <message>
        <source>base backup of job "%1": %2</source>
        <translation>sauvegarde de base de la tâche « %1 » : %2</translation>
    </message>
</context>
<context>
    <name>PgBaseBackupStream</name>
    <message>
        <source>cannot open a replication connection for the base backup: %1 (allow "replication" for this user in pg_hba.conf and keep max_wal_senders above 0)</source>
        <translation>impossible d’ouvrir une connexion de réplication pour la sauvegarde de base : %1 (autorisez « replication » pour cet utilisateur dans pg_hba.conf et gardez max_wal_senders au-dessus de 0)</translation>
    </message>
    <message>
        <source>the base backup stream from the server broke: %1 (check that the server is running and reachable, then back up again)</source>
        <translation>le flux de sauvegarde de base du serveur s’est interrompu : %1 (vérifiez que le serveur tourne et est joignable, puis relancez la sauvegarde)</translation>
    </message>
    <message>
        <source>the server found data page checksum failures while reading the cluster: %1 (the cluster has damaged pages; find them with pg_checksums or amcheck and repair them before trusting a backup)</source>
        <translation>le serveur a trouvé des erreurs de somme de contrôle de pages en lisant l’instance : %1 (l’instance a des pages endommagées ; trouvez-les avec pg_checksums ou amcheck et réparez-les avant de vous fier à une sauvegarde)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>the server runs PostgreSQL %1; Lifeboat's own base backup stream needs 15 or later</source>
        <translation>le serveur exécute PostgreSQL %1 ; le flux de sauvegarde de base propre à Lifeboat exige la version 15 ou ultérieure</translation>
    </message>
    <message>
        <source>the server refused to start the base backup</source>
        <translation>le serveur a refusé de démarrer la sauvegarde de base</translation>
    </message>
    <message>
        <source>the server reported an unreadable start point "%1"</source>
        <translation>le serveur a signalé un point de départ illisible « %1 »</translation>
    </message>
    <message>
        <source>the server did not describe the backup's tablespaces</source>
        <translation>le serveur n’a pas décrit les tablespaces de la sauvegarde</translation>
    </message>
    <message>
        <source>the cluster has %1 tablespaces; one tar stream carries only the data directory (move the other tablespaces into pg_default)</source>
        <translation>l’instance a %1 tablespaces ; un flux tar ne porte que le répertoire de données (déplacez les autres tablespaces dans pg_default)</translation>
    </message>
    <message>
        <source>the server did not send the backup</source>
        <translation>le serveur n’a pas envoyé la sauvegarde</translation>
    </message>
    <message>
        <source>the base backup failed at its end</source>
        <translation>la sauvegarde de base a échoué à sa fin</translation>
    </message>
    <message>
        <source>the server reported an unreadable end point "%1"</source>
        <translation>le serveur a signalé un point de fin illisible « %1 »</translation>
    </message>
    <message>
        <source>the server sent backup data before naming its archive (protocol error)</source>
        <translation>le serveur a envoyé des données de sauvegarde avant de nommer son archive (erreur de protocole)</translation>
    </message>
    <message>
        <source>the server sent more than one archive; one tar stream carries only the data directory (move other tablespaces into pg_default)</source>
        <translation>le serveur a envoyé plus d’une archive ; un flux tar ne porte que le répertoire de données (déplacez les autres tablespaces dans pg_default)</translation>
    </message>
    <message>
        <source>the server sent an unknown base backup message '%1' (protocol error)</source>
        <translation>le serveur a envoyé un message de sauvegarde de base inconnu « %1 » (erreur de protocole)</translation>
    </message>
    <message>
        <source>the server ended the base backup without sending the data directory</source>
        <translation>le serveur a terminé la sauvegarde de base sans envoyer le répertoire de données</translation>
    </message>
    <message>
        <source>the server ended the base backup without its manifest</source>
        <translation>le serveur a terminé la sauvegarde de base sans son manifeste</translation>
    </message>
    <message>
        <source>the server's base backup archive does not end on a tar block (protocol error)</source>
        <translation>l’archive de sauvegarde de base du serveur ne se termine pas sur un bloc tar (erreur de protocole)</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>check that the server runs and the conninfo's host and port</source>
        <translation>vérifiez que le serveur tourne ainsi que host et port dans conninfo</translation>
    </message>
    <message>
        <source>set password_file or PGPASSWORD</source>
        <translation>définissez password_file ou PGPASSWORD</translation>
    </message>
    <message>
        <source>check dbname and user in conninfo</source>
        <translation>vérifiez dbname et user dans conninfo</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1: %2 (%3)</source>
        <translation>impossible de se connecter à PostgreSQL sur %1 : %2 (%3)</translation>
    </message>
    <message>
        <source>lost the connection to PostgreSQL at %1: %2 (check the server's log)</source>
        <translation>connexion à PostgreSQL sur %1 perdue : %2 (consultez le journal du serveur)</translation>
    </message>
    <message>
        <source>PostgreSQL at %1: %2</source>
        <translation>PostgreSQL sur %1 : %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
    <message>
        <source>sending rows to PostgreSQL at %1 failed: %2</source>
        <translation>l’envoi des lignes à PostgreSQL sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>ending COPY at %1 failed: %2</source>
        <translation>la fin du COPY sur %1 a échoué : %2</translation>
    </message>
    <message>
        <source>loading rows into PostgreSQL at %1 failed: %2</source>
        <translation>le chargement des lignes dans PostgreSQL sur %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>PgCopyLoader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>the archive's rows cannot be loaded over several connections</source>
        <translation>les lignes de l’archive ne peuvent pas être chargées par plusieurs connexions</translation>
    </message>
    <message>
        <source>cannot write the archive's table of contents into %1 (set LIFEBOAT_TMPDIR to a folder with space)</source>
        <translation>impossible d’écrire la table des matières de l’archive dans %1 (faites pointer LIFEBOAT_TMPDIR vers un dossier avec de l’espace)</translation>
    </message>
    <message>
        <source>the archive's data blocks are damaged: an unknown block follows table %1</source>
        <translation>les blocs de données de l’archive sont endommagés : un bloc inconnu suit la table %1</translation>
    </message>
    <message>
        <source>the archive's data blocks are damaged (an unknown block type or table)</source>
        <translation>les blocs de données de l’archive sont endommagés (type de bloc ou table inconnus)</translation>
    </message>
    <message>
        <source>the archive ends before its table of contents does</source>
        <translation>l’archive se termine avant la fin de sa table des matières</translation>
    </message>
    <message>
        <source>the archive ends in the middle of a table's rows</source>
        <translation>l’archive se termine au milieu des lignes d’une table</translation>
    </message>
</context>
<context>
    <name>PgDumpSource</name>
    <message>
        <source>Connecting to PostgreSQL</source>
        <translation>Connexion à PostgreSQL</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>Dumping %1 with pg_dump (%2 format), compressing, encrypting and storing</source>
        <translation>Export de %1 avec pg_dump (format %2), compression, chiffrement et stockage</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed</source>
        <translation>pg_dump de %1 a échoué</translation>
    </message>
    <message>
        <source>cannot create a scratch folder in %1: %2 (set LIFEBOAT_TMPDIR to a writable folder)</source>
        <translation>impossible de créer un dossier de travail dans %1 : %2 (faites pointer LIFEBOAT_TMPDIR vers un dossier accessible en écriture)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>impossible de créer %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Dumping roles and tablespaces with pg_dumpall --globals-only</source>
        <translation>Export des rôles et tablespaces avec pg_dumpall --globals-only</translation>
    </message>
    <message>
        <source>roles are stored without their passwords: the job's role is not a superuser</source>
        <translation>les rôles sont stockés sans leurs mots de passe : le rôle de la tâche n’est pas superutilisateur</translation>
    </message>
    <message>
        <source>pg_dumpall --globals-only failed</source>
        <translation>pg_dumpall --globals-only a échoué</translation>
    </message>
    <message numerus="yes">
        <source>Counting the rows of %n table(s)</source>
        <translation><numerusform>Comptage des lignes de %n table</numerusform><numerusform>Comptage des lignes de %n tables</numerusform></translation>
    </message>
</context>
<context>
    <name>PgReplicationStream</name>
    <message>
        <source>cannot open a replication connection: %1 (allow "replication" for this user in pg_hba.conf and keep max_wal_senders above 0)</source>
        <translation>impossible d’ouvrir une connexion de réplication : %1 (autorisez « replication » pour cet utilisateur dans pg_hba.conf et gardez max_wal_senders au-dessus de 0)</translation>
    </message>
    <message>
        <source>the replication connection refused %1: %2</source>
        <translation>la connexion de réplication a refusé %1 : %2</translation>
    </message>
    <message>
        <source>the server reported an unreadable WAL position "%1"</source>
        <translation>le serveur a signalé une position WAL illisible « %1 »</translation>
    </message>
    <message>
        <source>the server reported an unreadable wal_segment_size "%1"</source>
        <translation>le serveur a signalé un wal_segment_size illisible « %1 »</translation>
    </message>
    <message>
        <source>the server did not start streaming WAL: %1</source>
        <translation>le serveur n’a pas commencé la diffusion des WAL : %1</translation>
    </message>
    <message>
        <source>cannot stream WAL: %1</source>
        <translation>impossible de diffuser les WAL : %1</translation>
    </message>
    <message>
        <source>the WAL stream broke: %1</source>
        <translation>le flux WAL s’est interrompu : %1</translation>
    </message>
</context>
<context>
    <name>PgRestorer</name>
    <message>
        <source>restoring %1 into database %2 failed</source>
        <translation>la restauration de %1 dans la base %2 a échoué</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>the restored database %1 differs from the backup's record: %2</source>
        <translation>la base restaurée %1 diffère de ce qu’indique la sauvegarde : %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>impossible de lire %1</translation>
    </message>
    <message>
        <source>the plain SQL dump is incomplete (its header or completion line is missing)</source>
        <translation>le dump SQL est incomplet (il manque son en-tête ou sa ligne de fin)</translation>
    </message>
    <message>
        <source>pg_restore --list rejects the archive: %1</source>
        <translation>pg_restore --list rejette l’archive : %1</translation>
    </message>
    <message>
        <source>table %1 is not in backup %2 (its tables: %3)</source>
        <translation>la table %1 n’est pas dans la sauvegarde %2 (ses tables : %3)</translation>
    </message>
    <message>
        <source>table %1 is ambiguous in backup %2 (name one of %3)</source>
        <translation>la table %1 est ambiguë dans la sauvegarde %2 (nommez l’une de %3)</translation>
    </message>
    <message>
        <source>--schema-only and --data-only exclude each other (pick one)</source>
        <translation>--schema-only et --data-only s’excluent (choisissez-en un)</translation>
    </message>
    <message>
        <source>backup %1 is a plain SQL dump, which restores whole (--tables, --schema-only and --data-only need the custom or directory format)</source>
        <translation>la sauvegarde %1 est un dump SQL, qui se restaure en entier (--tables, --schema-only et --data-only demandent le format custom ou directory)</translation>
    </message>
    <message>
        <source>table %1 does not exist in database %2 (restore the schema first: --schema-only)</source>
        <translation>la table %1 n’existe pas dans la base %2 (restaurez d’abord le schéma : --schema-only)</translation>
    </message>
    <message>
        <source>table %1 in database %2 already holds %3 rows; --data-only loads into empty tables (truncate it first, or restore into a new database)</source>
        <translation>la table %1 de la base %2 contient déjà %3 lignes ; --data-only charge dans des tables vides (videz-la d’abord, ou restaurez dans une nouvelle base)</translation>
    </message>
    <message>
        <source>triggers of database %1 fire while its rows are loaded (connect as a superuser to keep them off)</source>
        <translation>les déclencheurs de la base %1 s’exécutent pendant le chargement des lignes (connectez-vous en superutilisateur pour les désactiver)</translation>
    </message>
    <message>
        <source>Restoring with psql</source>
        <translation>Restauration avec psql</translation>
    </message>
    <message>
        <source>backup %1 holds no roles and tablespaces (set globals = true in job "%2" for later backups)</source>
        <translation>la sauvegarde %1 ne contient ni rôles ni tablespaces (mettez globals = true dans la tâche « %2 » pour les suivantes)</translation>
    </message>
    <message>
        <source>Creating the backup's roles and tablespaces</source>
        <translation>Création des rôles et tablespaces de la sauvegarde</translation>
    </message>
    <message>
        <source>creating the roles and tablespaces of %1 failed</source>
        <translation>la création des rôles et tablespaces de %1 a échoué</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of the roles script failed, most likely for roles that already exist; first: %1</source>
        <translation><numerusform>%n instruction du script des rôles a échoué, sans doute pour des rôles déjà présents ; la première : %1</numerusform><numerusform>%n instructions du script des rôles ont échoué, sans doute pour des rôles déjà présents ; la première : %1</numerusform></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Restoring with pg_restore</source>
        <translation>Restauration avec pg_restore</translation>
    </message>
    <message>
        <source>Decoding %1 into a scratch copy for pg_restore</source>
        <translation>Décodage de %1 dans une copie de travail pour pg_restore</translation>
    </message>
    <message>
        <source>pg_restore cannot read the table of contents of %1: %2</source>
        <translation>pg_restore ne peut pas lire la table des matières de %1 : %2</translation>
    </message>
    <message>
        <source>cannot write a pg_restore list file in %1</source>
        <translation>impossible d’écrire un fichier de liste pg_restore dans %1</translation>
    </message>
    <message>
        <source>Restoring with pg_restore %1</source>
        <translation>Restauration avec pg_restore %1</translation>
    </message>
    <message>
        <source>the archive lacks the data of %1</source>
        <translation>il manque à l’archive les données de %1</translation>
    </message>
    <message>
        <source>--data-only loads rows into an existing database: name it with --to (restore its schema first with --schema-only)</source>
        <translation>--data-only charge des lignes dans une base existante : nommez-la avec --to (restaurez d’abord son schéma avec --schema-only)</translation>
    </message>
    <message numerus="yes">
        <source>Restoring definitions with pg_restore, rows over %n connection(s)</source>
        <translation><numerusform>Restauration des définitions avec pg_restore, lignes par %n connexion</numerusform><numerusform>Restauration des définitions avec pg_restore, lignes par %n connexions</numerusform></translation>
    </message>
    <message>
        <source>Restoring indexes, constraints and the rest with pg_restore --jobs=%1</source>
        <translation>Restauration des index, contraintes et du reste avec pg_restore --jobs=%1</translation>
    </message>
    <message>
        <source>%1: rows are loaded through one pg_restore (%2)</source>
        <translation>%1 : les lignes sont chargées par un seul pg_restore (%2)</translation>
    </message>
</context>
<context>
    <name>PgSetupCheck</name>
    <message>
        <source>fix password_file in the job, or set PGPASSWORD</source>
        <translation>corrigez password_file dans la tâche, ou définissez PGPASSWORD</translation>
    </message>
    <message>
        <source>check conninfo, that the server runs and pg_hba.conf admits this host and role</source>
        <translation>vérifiez conninfo, que le serveur tourne et que pg_hba.conf admet cet hôte et ce rôle</translation>
    </message>
    <message>
        <source>check the role's access to database facts</source>
        <translation>vérifiez l’accès du rôle aux informations de la base</translation>
    </message>
    <message>
        <source>connected to database %1 as %2</source>
        <translation>connecté à la base %1 en tant que %2</translation>
    </message>
    <message>
        <source>PostgreSQL %1, %2, encoding %3</source>
        <translation>PostgreSQL %1, %2, encodage %3</translation>
    </message>
    <message>
        <source>apt-get install postgresql-client-%1</source>
        <translation>apt-get install postgresql-client-%1</translation>
    </message>
    <message>
        <source>%1 reports "%2", older than the server's %3</source>
        <translation>%1 indique « %2 », plus ancien que la version %3 du serveur</translation>
    </message>
    <message>
        <source>check the role's access to pg_class</source>
        <translation>vérifiez l’accès du rôle à pg_class</translation>
    </message>
    <message>
        <source>role %1 cannot read %2</source>
        <translation>le rôle %1 ne peut pas lire %2</translation>
    </message>
    <message>
        <source>GRANT pg_read_all_data TO %1 (or SELECT on those objects)</source>
        <translation>GRANT pg_read_all_data TO %1 (ou SELECT sur ces objets)</translation>
    </message>
    <message>
        <source>every table and sequence is readable</source>
        <translation>chaque table et séquence est lisible</translation>
    </message>
    <message>
        <source>the role may create the databases restores and test restores go into</source>
        <translation>le rôle peut créer les bases où vont les restaurations et restaurations de test</translation>
    </message>
    <message>
        <source>the role may not create databases: restores and verify --level restore will fail</source>
        <translation>le rôle ne peut pas créer de bases : les restaurations et verify --level restore échoueront</translation>
    </message>
    <message>
        <source>ALTER ROLE %1 CREATEDB, or restore with a role that has it</source>
        <translation>ALTER ROLE %1 CREATEDB, ou restaurez avec un rôle qui en dispose</translation>
    </message>
    <message>
        <source>only %1 free connections for parallel = %2 pg_dump workers</source>
        <translation>seulement %1 connexions libres pour parallel = %2 processus pg_dump</translation>
    </message>
    <message>
        <source>lower parallel or raise max_connections</source>
        <translation>baissez parallel ou augmentez max_connections</translation>
    </message>
</context>
<context>
    <name>PitrCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Une tâche de type postgresql-cluster.</translation>
    </message>
    <message>
        <source>The new data folder (must be empty or not exist).</source>
        <translation>Le nouveau dossier de données (vide ou inexistant).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>DOSSIER</translation>
    </message>
    <message>
        <source>Recover to this time (ISO 8601; without offset in the config's timezone).</source>
        <translation>Restaurer jusqu’à cette heure (ISO 8601 ; sans décalage, dans le fuseau de la configuration).</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Recover to the commit of this transaction.</source>
        <translation>Restaurer jusqu’au commit de cette transaction.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Recover to this WAL position.</source>
        <translation>Restaurer jusqu’à cette position du WAL.</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Recover to this restore point (pg_create_restore_point).</source>
        <translation>Restaurer jusqu’à ce point de restauration (pg_create_restore_point).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Recover only until the base backup is consistent.</source>
        <translation>Restaurer seulement jusqu’à ce que la sauvegarde de base soit cohérente.</translation>
    </message>
    <message>
        <source>Recover to the end of the archived WAL.</source>
        <translation>Restaurer jusqu’à la fin du WAL archivé.</translation>
    </message>
    <message>
        <source>Stop just before the target instead of just after it.</source>
        <translation>S’arrêter juste avant la cible au lieu de juste après.</translation>
    </message>
    <message>
        <source>What the server does at the target: promote (default), pause or shutdown.</source>
        <translation>Ce que fait le serveur à la cible : promote (par défaut), pause ou shutdown.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>ACTION</translation>
    </message>
    <message>
        <source>Start the recovered server and wait until it reached the target.</source>
        <translation>Démarrer le serveur restauré et attendre qu’il ait atteint la cible.</translation>
    </message>
    <message>
        <source>Port for the recovered server (with --start).</source>
        <translation>Port du serveur restauré (avec --start).</translation>
    </message>
    <message>
        <source>Leave archive_mode as in the backup (by default the recovered copy does not archive).</source>
        <translation>Laisser archive_mode comme dans la sauvegarde (par défaut la copie restaurée n’archive pas).</translation>
    </message>
    <message>
        <source>Check the target against the recovery window and name the base backup; write nothing.</source>
        <translation>Vérifier la cible par rapport à la fenêtre de restauration et nommer la sauvegarde de base ; ne rien écrire.</translation>
    </message>
    <message>
        <source>pitr takes exactly one JOB</source>
        <translation>pitr attend exactement une TÂCHE</translation>
    </message>
    <message>
        <source>--port takes a number from 1 to 65535</source>
        <translation>--port attend un nombre de 1 à 65535</translation>
    </message>
    <message>
        <source>Would recover job %1 from base backup %2 into %3 (dry run, nothing written).</source>
        <translation>Restaurerait la tâche %1 depuis la sauvegarde de base %2 dans %3 (essai, rien écrit).</translation>
    </message>
    <message>
        <source>Laid down base backup %1 in %2 (%3 s) with recovery settings%4.</source>
        <translation>Sauvegarde de base %1 déposée dans %2 (%3 s) avec les réglages de restauration%4.</translation>
    </message>
    <message>
        <source>Start it with: pg_ctl -D %1 start   (as the data folder's owner)</source>
        <translation>Démarrez-le avec : pg_ctl -D %1 start   (en tant que propriétaire du dossier de données)</translation>
    </message>
    <message>
        <source>Recovery finished in %1 s; server %2.</source>
        <translation>Restauration terminée en %1 s ; serveur %2.</translation>
    </message>
    <message>
        <source>  server: %1</source>
        <translation>  serveur : %1</translation>
    </message>
    <message>
        <source>  reached: last replayed commit at %1, LSN %2</source>
        <translation>  atteint : dernier commit rejoué à %1, LSN %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Point-in-time recovery of a postgresql-cluster job into an empty data folder.</source>
        <translation>Restauration à un instant donné d’une tâche postgresql-cluster dans un dossier de données vide.</translation>
    </message>
    <message>
        <source>promoted, open for writes</source>
        <translation>promu, ouvert en écriture</translation>
    </message>
    <message>
        <source>paused at the target (check the data, then SELECT pg_wal_replay_resume() to promote)</source>
        <translation>en pause à la cible (vérifiez les données, puis SELECT pg_wal_replay_resume() pour promouvoir)</translation>
    </message>
    <message>
        <source>shut down at the target</source>
        <translation>arrêté à la cible</translation>
    </message>
    <message>
        <source>Recover to just before a destructive operation listed by "timeline" (its id).</source>
        <translation>Restaurer juste avant une opération destructive listée par « timeline » (son identifiant).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--before-event takes an event id from "lifeboat-cli timeline JOB"</source>
        <translation>--before-event attend un identifiant d’événement de « lifeboat-cli timeline JOB »</translation>
    </message>
    <message>
        <source>pitr needs exactly one target: --time, --xid, --lsn, --name, --before-event, --immediate or --latest</source>
        <translation>pitr exige exactement une cible : --time, --xid, --lsn, --name, --before-event, --immediate ou --latest</translation>
    </message>
    <message>
        <source>Recovering to just before event %1.</source>
        <translation>Restauration jusqu’à juste avant l’événement %1.</translation>
    </message>
</context>
<context>
    <name>PitrTimelineData</name>
    <message>
        <source>The WAL event index of job "%1" is damaged; rebuild it with: lifeboat-cli timeline %1 --rebuild</source>
        <translation>L’index des événements WAL de la tâche « %1 » est endommagé ; reconstruisez-le avec : lifeboat-cli timeline %1 --rebuild</translation>
    </message>
</context>
<context>
    <name>ProfileExpression</name>
    <message>
        <source>unexpected "%1"</source>
        <translation>« %1 » inattendu</translation>
    </message>
    <message>
        <source>expression "%1": %2</source>
        <translation>expression « %1 » : %2</translation>
    </message>
    <message>
        <source>ends too early</source>
        <translation>se termine trop tôt</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>un guillemet n’est pas fermé</translation>
    </message>
    <message>
        <source>unknown function %1 (known: %2)</source>
        <translation>fonction inconnue %1 (connues : %2)</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>une parenthèse n’est pas fermée</translation>
    </message>
    <message>
        <source>expected "," or ")"</source>
        <translation>« , » ou « ) » attendu</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1 / %2 items</source>
        <translation>%1 / %2 éléments</translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <source>Only this job (default: every job).</source>
        <translation>Seulement cette tâche (par défaut : toutes).</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>List what would be removed; remove nothing.</source>
        <translation>Lister ce qui serait supprimé ; ne rien supprimer.</translation>
    </message>
    <message>
        <source>prune takes no arguments (use --job JOB)</source>
        <translation>prune n’attend aucun argument (utilisez --job TÂCHE)</translation>
    </message>
    <message>
        <source>Job %1: %2 kept, %3 %4</source>
        <translation>Tâche %1 : %2 gardées, %3 %4</translation>
    </message>
    <message>
        <source>would be removed</source>
        <translation>seraient supprimées</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimées</translation>
    </message>
    <message>
        <source>  keep   %1 (%2)</source>
        <translation>  garder   %1 (%2)</translation>
    </message>
    <message>
        <source>  would remove %1</source>
        <translation>  supprimerait %1</translation>
    </message>
    <message>
        <source>  removed %1</source>
        <translation>  supprimé %1</translation>
    </message>
    <message numerus="yes">
        <source>  would remove %n WAL file(s) before %1 (%2 to %3)</source>
        <translation><numerusform>  supprimerait %n fichier WAL avant %1 (%2 à %3)</numerusform><numerusform>  supprimerait %n fichiers WAL avant %1 (%2 à %3)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  removed %n WAL file(s) before %1 (%2 to %3)</source>
        <translation><numerusform>  %n fichier WAL avant %1 supprimé (%2 à %3)</numerusform><numerusform>  %n fichiers WAL avant %1 supprimés (%2 à %3)</numerusform></translation>
    </message>
    <message>
        <source>Apply retention: remove backups no rule keeps, and WAL older than the oldest kept base backup.</source>
        <translation>Appliquer la rétention : supprimer les sauvegardes qu’aucune règle ne garde, et le WAL plus ancien que la plus ancienne sauvegarde de base gardée.</translation>
    </message>
    <message>
        <source>  would remove the copy of %1 in repository %2</source>
        <translation>  supprimerait la copie de %1 dans le dépôt %2</translation>
    </message>
    <message>
        <source>  removed the copy of %1 in repository %2</source>
        <translation>  copie de %1 dans le dépôt %2 supprimée</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
</context>
<context>
    <name>RecoveryWindow</name>
    <message>
        <source>history file %1 is malformed (line "%2")</source>
        <translation>le fichier d’historique %1 est mal formé (ligne « %2 »)</translation>
    </message>
    <message>
        <source>job "%1" is of kind "%2": recovery windows belong to postgresql-cluster jobs</source>
        <translation>la tâche « %1 » est de type « %2 » : les fenêtres de restauration concernent les tâches postgresql-cluster</translation>
    </message>
</context>
<context>
    <name>RecoveryWindowCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Une tâche de type postgresql-cluster.</translation>
    </message>
    <message>
        <source>recovery-window takes exactly one JOB</source>
        <translation>recovery-window attend exactement une TÂCHE</translation>
    </message>
    <message>
        <source>Job %1 has no base backups and no archived WAL yet: nothing is recoverable.</source>
        <translation>La tâche %1 n’a encore ni sauvegarde de base ni WAL archivé : rien n’est restaurable.</translation>
    </message>
    <message>
        <source>Recovery window of job %1 (repository %2):</source>
        <translation>Fenêtre de restauration de la tâche %1 (dépôt %2) :</translation>
    </message>
    <message>
        <source> (branched from timeline %1 at %2)</source>
        <translation> (issue de la timeline %1 à %2)</translation>
    </message>
    <message>
        <source>  timeline %1%2: %3 to %4%5</source>
        <translation>  timeline %1%2 : de %3 à %4%5</translation>
    </message>
    <message>
        <source> (approximate: the WAL could not be read without the secret key)</source>
        <translation> (approximatif : le WAL ne peut pas être lu sans la clé secrète)</translation>
    </message>
    <message>
        <source>  timeline %1%2: no base backup to start from</source>
        <translation>  timeline %1%2 : aucune sauvegarde de base pour commencer</translation>
    </message>
    <message numerus="yes">
        <source>    %n archived WAL segment(s), %1 to %2</source>
        <translation><numerusform>    %n segment WAL archivé, de %1 à %2</numerusform><numerusform>    %n segments WAL archivés, de %1 à %2</numerusform></translation>
    </message>
    <message>
        <source>    gap: %1 to %2 missing (recovery cannot pass it)</source>
        <translation>    trou : %1 à %2 manquants (la restauration ne peut pas le franchir)</translation>
    </message>
    <message>
        <source>Earliest and latest recoverable time per timeline, and any WAL gaps.</source>
        <translation>Heure restaurable la plus ancienne et la plus récente par timeline, et les trous du WAL.</translation>
    </message>
</context>
<context>
    <name>RelationSnapshot</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>n/a</source>
        <translation>n. d.</translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation>tout garder</translation>
    </message>
    <message>
        <source>RTO and RPO of disaster-recovery drills</source>
        <translation>RTO et RPO des exercices de reprise après sinistre</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Incident</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RTO objective</source>
        <translation>Objectif RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>RPO objective</source>
        <translation>Objectif RPO</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>nothing restored</source>
        <translation>rien de restauré</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(non signé)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échoués</translation>
    </message>
    <message>
        <source>Median RTO</source>
        <translation>RTO médian</translation>
    </message>
    <message>
        <source>Worst RTO</source>
        <translation>Pire RTO</translation>
    </message>
    <message>
        <source>Median RPO</source>
        <translation>RPO médian</translation>
    </message>
    <message>
        <source>Worst RPO</source>
        <translation>Pire RPO</translation>
    </message>
    <message>
        <source>Trend per month</source>
        <translation>Tendance par mois</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <source>Backup inventory</source>
        <translation>Inventaire des sauvegardes</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sauvegardes</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Chiffrement</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Vérifiée le</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Rétention</translation>
    </message>
    <message>
        <source>due for removal by prune</source>
        <translation>à supprimer par prune</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>jamais vérifiée</translation>
    </message>
    <message>
        <source>job not in the configuration</source>
        <translation>tâche absente de la configuration</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Taille totale</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Chiffrées</translation>
    </message>
    <message>
        <source>Backup compliance</source>
        <translation>Conformité des sauvegardes</translation>
    </message>
    <message>
        <source>Jobs: schedule and success</source>
        <translation>Tâches : planification et réussite</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Planification</translation>
    </message>
    <message>
        <source>Runs due</source>
        <translation>Exécutions dues</translation>
    </message>
    <message>
        <source>Runs on time</source>
        <translation>Exécutions à l’heure</translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Respect de la planification</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussies</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Jobs: retention, restore tests and verification</source>
        <translation>Tâches : rétention, tests de restauration et vérification</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Politique de rétention</translation>
    </message>
    <message>
        <source>Kept / due for removal</source>
        <translation>Conservées / à supprimer</translation>
    </message>
    <message>
        <source>Last successful restore test</source>
        <translation>Dernier test de restauration réussi</translation>
    </message>
    <message>
        <source>Drills passed</source>
        <translation>Exercices réussis</translation>
    </message>
    <message>
        <source>Verification failures</source>
        <translation>Échecs de vérification</translation>
    </message>
    <message>
        <source>verify --level restore of %1</source>
        <translation>verify --level restore de %1</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>Drills in the period</source>
        <translation>Exercices de la période</translation>
    </message>
    <message>
        <source>RTO / objective</source>
        <translation>RTO / objectif</translation>
    </message>
    <message>
        <source>RPO / objective</source>
        <translation>RPO / objectif</translation>
    </message>
    <message>
        <source>Audit trail (latest 50 in the period)</source>
        <translation>Journal d’audit (les 50 derniers de la période)</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Qui</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Cible</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>Backups in the period</source>
        <translation>Sauvegardes de la période</translation>
    </message>
    <message>
        <source>Backup success rate</source>
        <translation>Taux de réussite des sauvegardes</translation>
    </message>
    <message>
        <source>Encryption coverage</source>
        <translation>Couverture du chiffrement</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 j %2 h</translation>
    </message>
    <message>
        <source>unknown report "%1" (choose rto-rpo, inventory or compliance)</source>
        <translation>rapport inconnu « %1 » (choisissez rto-rpo, inventory ou compliance)</translation>
    </message>
    <message numerus="yes">
        <source>intact: %n event(s) chained by SHA-256</source>
        <translation><numerusform>intacte : %n événement chaîné par SHA-256</numerusform><numerusform>intacte : %n événements chaînés par SHA-256</numerusform></translation>
    </message>
    <message>
        <source>BROKEN — %1 (the catalog was altered outside Lifeboat)</source>
        <translation>ROMPUE — %1 (le catalogue a été modifié hors de Lifeboat)</translation>
    </message>
    <message numerus="yes">
        <source>; %n older event(s) from before the chain</source>
        <translation><numerusform>; %n événement antérieur à la chaîne</numerusform><numerusform>; %n événements antérieurs à la chaîne</numerusform></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Journal d’audit</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Tête de la chaîne d’audit</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>rto-rpo, inventory or compliance.</source>
        <translation>rto-rpo, inventory ou compliance.</translation>
    </message>
    <message>
        <source>html, pdf, csv or json.</source>
        <translation>html, pdf, csv ou json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Le fichier à écrire.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Start of the period (default: 90 days ago).</source>
        <translation>Début de la période (par défaut : il y a 90 jours).</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>report needs one of rto-rpo, inventory or compliance</source>
        <translation>report exige rto-rpo, inventory ou compliance</translation>
    </message>
    <message>
        <source>report needs --format html, pdf, csv or json</source>
        <translation>report exige --format html, pdf, csv ou json</translation>
    </message>
    <message>
        <source>report needs --output FILE</source>
        <translation>report exige --output FICHIER</translation>
    </message>
    <message>
        <source>PDF reports are written by the lifeboat program, which is not installed beside %1 (install it, or use --format html)</source>
        <translation>les rapports PDF sont écrits par le programme lifeboat, qui n’est pas installé à côté de %1 (installez-le, ou utilisez --format html)</translation>
    </message>
    <message>
        <source>cannot start %1 to write the PDF: %2</source>
        <translation>impossible de lancer %1 pour écrire le PDF : %2</translation>
    </message>
    <message>
        <source>--since "%1" is not a time (use ISO 8601, e.g. 2025-01-01T00:00:00Z)</source>
        <translation>--since « %1 » n’est pas une date (utilisez ISO 8601, p. ex. 2025-01-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>Wrote the %1 report (%2) to %3; SHA-256 of its data: %4</source>
        <translation>rapport %1 (%2) écrit dans %3 ; SHA-256 de ses données : %4</translation>
    </message>
    <message>
        <source>RTO/RPO, inventory and compliance reports as HTML, PDF, CSV or JSON.</source>
        <translation>Rapports RTO/RPO, d’inventaire et de conformité en HTML, PDF, CSV ou JSON.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>le début</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Généré</translation>
    </message>
    <message>
        <source>Lifeboat version</source>
        <translation>Version de Lifeboat</translation>
    </message>
    <message>
        <source>SHA-256 of the data section</source>
        <translation>SHA-256 de la section des données</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Aucun sur cette période.</translation>
    </message>
    <message>
        <source>The SHA-256 above is over the report's data as JSON (lifeboat-cli report ... --format json prints the same data); recompute it to check that this report was not changed.</source>
        <translation>Le SHA-256 ci-dessus porte sur les données du rapport en JSON (lifeboat-cli report ... --format json affiche les mêmes données) ; recalculez-le pour vérifier que ce rapport n’a pas été modifié.</translation>
    </message>
    <message>
        <source>unknown format "%1" (choose html, pdf, csv or json)</source>
        <translation>format inconnu « %1 » (choisissez html, pdf, csv ou json)</translation>
    </message>
    <message>
        <source>a report needs --output FILE</source>
        <translation>un rapport exige --output FICHIER</translation>
    </message>
    <message>
        <source>folder %1 does not exist (create it or choose another --output)</source>
        <translation>le dossier %1 n’existe pas (créez-le ou choisissez un autre --output)</translation>
    </message>
    <message>
        <source>this program cannot write PDF (use the lifeboat program, or --format html)</source>
        <translation>ce programme ne peut pas écrire de PDF (utilisez le programme lifeboat, ou --format html)</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
    <message>
        <source>cannot move the report into %1 (check the folder's permissions)</source>
        <translation>impossible de déplacer le rapport vers %1 (vérifiez les permissions du dossier)</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>repository "%1": type "%2" is not supported by this build yet (use type = "local")</source>
        <translation>dépôt « %1 » : le type « %2 » n’est pas encore pris en charge par cette version (utilisez type = « local »)</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>The backup to restore.</source>
        <translation>La sauvegarde à restaurer.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>CIBLE</translation>
    </message>
    <message>
        <source>Replace an existing target; a safety backup of it is taken first.</source>
        <translation>Remplacer une cible existante ; elle est d’abord sauvegardée.</translation>
    </message>
    <message>
        <source>Check the backup and print the plan; change nothing.</source>
        <translation>Vérifier la sauvegarde et afficher le plan ; ne rien modifier.</translation>
    </message>
    <message>
        <source>restore takes exactly one backup ID</source>
        <translation>restore attend exactement un identifiant de sauvegarde</translation>
    </message>
    <message>
        <source>Plan for restoring %1 (dry run, nothing changed):</source>
        <translation>Plan de restauration de %1 (essai, rien n’a été modifié) :</translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>%1 restaurée dans %2</translation>
    </message>
    <message>
        <source>  the previous file was saved first as backup %1</source>
        <translation>  l’ancien fichier a d’abord été sauvegardé sous %1</translation>
    </message>
    <message>
        <source>Restore a backup into a new target (or --overwrite, after a safety backup).</source>
        <translation>Restaurer une sauvegarde dans une nouvelle cible (ou --overwrite, après une sauvegarde de précaution).</translation>
    </message>
    <message>
        <source>Target: a file path (SQLite), a database name or conninfo (PostgreSQL). Default: a new file beside the job's database, or a new database DB_restored_YYYYMMDD_HHMMSS.</source>
        <translation>Cible : un chemin de fichier (SQLite), un nom de base ou un conninfo (PostgreSQL). Par défaut : un nouveau fichier à côté de la base de la tâche, ou une nouvelle base DB_restored_YYYYMMDD_HHMMSS.</translation>
    </message>
    <message>
        <source>PostgreSQL with --overwrite: end other sessions on the target database instead of refusing.</source>
        <translation>PostgreSQL avec --overwrite : terminer les autres sessions sur la base cible au lieu de refuser.</translation>
    </message>
    <message>
        <source>PostgreSQL: pg_restore workers (default: the job's parallel).</source>
        <translation>PostgreSQL : processus pg_restore (par défaut : parallel de la tâche).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>PostgreSQL: restore only these tables' rows (comma-separated, schema.table or table); every definition is restored, other tables stay empty.</source>
        <translation>PostgreSQL : restaurer seulement les lignes de ces tables (séparées par des virgules, schéma.table ou table) ; toutes les définitions sont restaurées, les autres tables restent vides.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>PostgreSQL: first create the roles and tablespaces stored with the backup (jobs with globals = true).</source>
        <translation>PostgreSQL : créer d’abord les rôles et tablespaces sauvegardés avec elle (tâches avec globals = true).</translation>
    </message>
    <message>
        <source>PostgreSQL: restore definitions only, no rows.</source>
        <translation>PostgreSQL : restaurer seulement les définitions, aucune ligne.</translation>
    </message>
    <message>
        <source>PostgreSQL: load rows into the empty tables of the existing database named by --to, in one transaction.</source>
        <translation>PostgreSQL : charger les lignes dans les tables vides de la base existante nommée par --to, en une transaction.</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 64</source>
        <translation>--jobs attend un nombre de 1 à 64</translation>
    </message>
    <message>
        <source>--tables needs at least one table name</source>
        <translation>--tables attend au moins un nom de table</translation>
    </message>
</context>
<context>
    <name>RunScheduleCommand</name>
    <message>
        <source>scan %1</source>
        <translation>analyse %1</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>sauvegarde %1</translation>
    </message>
    <message>
        <source>%1: ok, %2 backups match their checksums</source>
        <translation>%1 : ok, %2 sauvegardes conformes à leur somme de contrôle</translation>
    </message>
    <message>
        <source>%1: ok, %2 (%3)</source>
        <translation>%1 : ok, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1 : %2 : %3</translation>
    </message>
    <message>
        <source>Keep running: wake at each next scheduled time.</source>
        <translation>Continuer : se réveiller à chaque prochaine heure planifiée.</translation>
    </message>
    <message>
        <source>--run-schedule takes no arguments (see lifeboat-cli --run-schedule --help)</source>
        <translation>--run-schedule ne prend pas d’arguments (voir lifeboat-cli --run-schedule --help)</translation>
    </message>
    <message>
        <source>Nothing is due; next scheduled run at %1</source>
        <translation>Rien n’est dû ; prochaine exécution planifiée à %1</translation>
    </message>
    <message>
        <source>Nothing is due and no job has a schedule (set schedule = "0 2 * * *" in a job)</source>
        <translation>Rien n’est dû et aucune tâche n’a de planification (mettez schedule = "0 2 * * *" dans une tâche)</translation>
    </message>
    <message>
        <source>Run every job and repository scan that is due (missed runs caught up once), then exit; --daemon keeps running (SIGHUP reloads the config, SIGTERM finishes the running job and exits).</source>
        <translation>Exécuter chaque tâche et chaque analyse de dépôt dues (exécutions manquées rattrapées une fois), puis quitter ; --daemon continue (SIGHUP recharge la configuration, SIGTERM termine la tâche en cours puis quitte).</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more run(s) not ok)</source>
        <translation><numerusform> (et %n autre exécution en échec)</numerusform><numerusform> (et %n autres exécutions en échec)</numerusform></translation>
    </message>
    <message>
        <source>With --daemon: serve Prometheus metrics at http://ADDR:PORT/metrics (":PORT" listens on loopback only).</source>
        <translation>Avec --daemon : servir les métriques Prometheus sur http://ADRESSE:PORT/metrics (« :PORT » n’écoute que sur la boucle locale).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>exercice %1</translation>
    </message>
    <message>
        <source>%1: passed, %2 (lifeboat-cli drill show %2)</source>
        <translation>%1 : réussi, %2 (lifeboat-cli drill show %2)</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>repository "%1": endpoint "%2" is not an http(s) URL (e.g. https://s3.eu-central-1.amazonaws.com)</source>
        <translation>dépôt « %1 » : le point d’accès « %2 » n’est pas une URL http(s) (p. ex. https://s3.eu-central-1.amazonaws.com)</translation>
    </message>
    <message>
        <source>repository "%1": cannot read credentials_file %2 (%3)</source>
        <translation>dépôt « %1 » : impossible de lire credentials_file %2 (%3)</translation>
    </message>
    <message>
        <source>repository "%1" has no S3 credentials: set %2 and %3 in the environment (or credentials_file)</source>
        <translation>le dépôt « %1 » n’a pas d’identifiants S3 : définissez %2 et %3 dans l’environnement (ou credentials_file)</translation>
    </message>
    <message>
        <source>create bucket "%1" or fix bucket in the config</source>
        <translation>créez le bucket « %1 » ou corrigez bucket dans la configuration</translation>
    </message>
    <message>
        <source>the object is gone: restore it from a copy or choose another backup</source>
        <translation>l’objet a disparu : restaurez-le depuis une copie ou choisissez une autre sauvegarde</translation>
    </message>
    <message>
        <source>check the repository's credentials and that they may use bucket "%1"</source>
        <translation>vérifiez les identifiants du dépôt et qu’ils ont accès au bucket « %1 »</translation>
    </message>
    <message>
        <source>the storage service failed; try again later</source>
        <translation>le service de stockage a échoué ; réessayez plus tard</translation>
    </message>
    <message>
        <source>see the storage service's documentation for this code</source>
        <translation>voir la documentation du service de stockage pour ce code</translation>
    </message>
    <message>
        <source>S3 repository "%1": %2 %3 failed: HTTP %4 %5%6 (%7)</source>
        <translation>Dépôt S3 « %1 » : %2 %3 a échoué : HTTP %4 %5%6 (%7)</translation>
    </message>
    <message>
        <source>S3 repository "%1": %2 (check that the endpoint runs and is reachable)</source>
        <translation>Dépôt S3 « %1 » : %2 (vérifiez que le point d’accès tourne et est joignable)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>S3 repository "%1": the listing of %2 is not valid XML (%3)</source>
        <translation>Dépôt S3 « %1 » : la liste de %2 n’est pas du XML valide (%3)</translation>
    </message>
    <message>
        <source>S3 repository "%1": starting the upload of %2 returned no upload id</source>
        <translation>Dépôt S3 « %1 » : le début de l’envoi de %2 n’a renvoyé aucun identifiant</translation>
    </message>
</context>
<context>
    <name>S3Repository</name>
    <message>
        <source>backup %1 already exists in repository "%2" (wait a second and run again)</source>
        <translation>la sauvegarde %1 existe déjà dans le dépôt « %2 » (attendez une seconde et relancez)</translation>
    </message>
    <message>
        <source>artifact %1 is missing from repository "%2" (restore it from a copy or choose another backup)</source>
        <translation>le fichier %1 manque dans le dépôt « %2 » (restaurez-le depuis une copie ou choisissez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>%1 already exists in repository "%2"</source>
        <translation>%1 existe déjà dans le dépôt « %2 »</translation>
    </message>
    <message>
        <source>%1 is missing from repository "%2"</source>
        <translation>%1 manque dans le dépôt « %2 »</translation>
    </message>
</context>
<context>
    <name>ScratchCluster</name>
    <message>
        <source>cannot create a folder for a scratch PostgreSQL server in %1: %2 (free space there or set LIFEBOAT_TMPDIR)</source>
        <translation>impossible de créer dans %1 un dossier pour un serveur PostgreSQL jetable : %2 (libérez de la place ou définissez LIFEBOAT_TMPDIR)</translation>
    </message>
    <message>
        <source>a scratch PostgreSQL server cannot run as root and there is no postgres user (install postgresql-%1)</source>
        <translation>un serveur PostgreSQL jetable ne peut pas tourner en root et il n’y a pas d’utilisateur postgres (installez postgresql-%1)</translation>
    </message>
    <message>
        <source>cannot hand %1 to the postgres user</source>
        <translation>impossible de confier %1 à l’utilisateur postgres</translation>
    </message>
    <message>
        <source>initdb of a scratch server</source>
        <translation>initdb d’un serveur jetable</translation>
    </message>
    <message>
        <source>starting a scratch server</source>
        <translation>démarrage d’un serveur jetable</translation>
    </message>
    <message>
        <source>%1: cannot run %2</source>
        <translation>%1 : impossible d’exécuter %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 %2 does not exist (create it with mode 0600)</source>
        <translation>%1 %2 n’existe pas (créez-le avec le mode 0600)</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3 (check its owner and mode)</source>
        <translation>impossible de lire %1 %2 : %3 (vérifiez son propriétaire et son mode)</translation>
    </message>
    <message>
        <source>%1 %2 is empty (write the passphrase into it)</source>
        <translation>%1 %2 est vide (écrivez-y la phrase secrète)</translation>
    </message>
    <message>
        <source>%1 %2 can be read by others (mode %3); run: chmod 600 %2</source>
        <translation>%1 %2 est lisible par d’autres (mode %3) ; exécutez : chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>SecretRekey</name>
    <message>
        <source>%1 uses the gateway's second scheme (v2: Argon2id and Fernet), which Lifeboat cannot re-key: move the file without re-keying and enter that secret again in the target gateway</source>
        <translation>%1 utilise le second schéma de la passerelle (v2 : Argon2id et Fernet), que Lifeboat ne sait pas rechiffrer : transférez le fichier sans rechiffrement et ressaisissez ce secret dans la passerelle cible</translation>
    </message>
    <message>
        <source>%1 %2 (is --rekey-from-secret-file the source environment's %3?)</source>
        <translation>%1 %2 (--rekey-from-secret-file est-il le %3 de l’environnement source ?)</translation>
    </message>
    <message>
        <source>%1 '%2' field %3</source>
        <translation>%1 « %2 » champ %3</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>%1 = "prompt" needs a terminal, and this run has none (cron, timers and containers: use file:, env: or credential:)</source>
        <translation>%1 = "prompt" demande un terminal, et cette exécution n’en a pas (cron, minuteurs et conteneurs : utilisez file:, env: ou credential:)</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1 : </translation>
    </message>
    <message>
        <source>no %1 was typed</source>
        <translation>aucune saisie pour %1</translation>
    </message>
    <message>
        <source>"%1" names nothing after the colon</source>
        <translation>« %1 » ne nomme rien après les deux-points</translation>
    </message>
    <message>
        <source>"%1" is not a secret source (use %2)</source>
        <translation>« %1 » n’est pas une source de secret (utilisez %2)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1 = "%2": the environment variable %3 is not set (export it, or choose another source)</source>
        <translation>%1 = "%2" : la variable d’environnement %3 n’est pas définie (exportez-la ou choisissez une autre source)</translation>
    </message>
    <message>
        <source>%1 = "%2": no systemd credentials here ($CREDENTIALS_DIRECTORY is not set; add LoadCredential=%3:/path/to/secret to the unit, or use file:)</source>
        <translation>%1 = "%2" : pas d’identifiants systemd ici ($CREDENTIALS_DIRECTORY n’est pas défini ; ajoutez LoadCredential=%3:/chemin/du/secret à l’unité, ou utilisez file:)</translation>
    </message>
    <message>
        <source>%1 = "%2": the unit passes no credential %3 (add LoadCredential=%3:/path/to/secret)</source>
        <translation>%1 = "%2" : l’unité ne transmet pas d’identifiant %3 (ajoutez LoadCredential=%3:/chemin/du/secret)</translation>
    </message>
</context>
<context>
    <name>SecretToken</name>
    <message>
        <source>cannot encrypt a secret (no random numbers or a bad key)</source>
        <translation>impossible de chiffrer un secret (pas de nombres aléatoires ou clé invalide)</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed</source>
        <translation>échec du chiffrement AES-256-GCM</translation>
    </message>
    <message>
        <source>not an encrypted token (base64url of nonce, ciphertext and tag)</source>
        <translation>pas un jeton chiffré (base64url du nonce, du chiffré et de l’étiquette)</translation>
    </message>
    <message>
        <source>AES-256-GCM decryption failed</source>
        <translation>échec du déchiffrement AES-256-GCM</translation>
    </message>
    <message>
        <source>does not decrypt with the given secret (it was encrypted under another one)</source>
        <translation>ne se déchiffre pas avec le secret fourni (il a été chiffré sous un autre)</translation>
    </message>
</context>
<context>
    <name>SeipdDecoder</name>
    <message>
        <source>OpenPGP data is corrupt or truncated (%1)</source>
        <translation>données OpenPGP corrompues ou tronquées (%1)</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the decryption (out of memory?)</source>
        <translation>OpenSSL n’a pas pu préparer le déchiffrement (mémoire épuisée ?)</translation>
    </message>
    <message>
        <source>not an integrity-protected data packet</source>
        <translation>pas un paquet de données protégé en intégrité</translation>
    </message>
    <message>
        <source>data after the end of the message</source>
        <translation>des données après la fin du message</translation>
    </message>
    <message>
        <source>unknown integrity-protected packet version %1</source>
        <translation>version %1 inconnue du paquet protégé en intégrité</translation>
    </message>
    <message>
        <source>OpenSSL failed to decrypt the data</source>
        <translation>OpenSSL n’a pas pu déchiffrer les données</translation>
    </message>
    <message>
        <source>the session key does not fit the data</source>
        <translation>la clé de session ne correspond pas aux données</translation>
    </message>
    <message>
        <source>unexpected packet inside the encrypted data</source>
        <translation>paquet inattendu dans les données chiffrées</translation>
    </message>
    <message>
        <source>the modification detection code is missing</source>
        <translation>le code de détection de modification (MDC) manque</translation>
    </message>
    <message>
        <source>data after the modification detection code</source>
        <translation>des données après le code de détection de modification (MDC)</translation>
    </message>
    <message>
        <source>the message ends early</source>
        <translation>le message se termine trop tôt</translation>
    </message>
    <message>
        <source>OpenSSL failed to hash the data</source>
        <translation>OpenSSL n’a pas pu calculer l’empreinte des données</translation>
    </message>
    <message>
        <source>the modification detection code does not match: the data was changed</source>
        <translation>le code de détection de modification (MDC) ne correspond pas : les données ont été modifiées</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>The backup id, as "list" prints it.</source>
        <translation>L’identifiant de sauvegarde, tel que « list » l’affiche.</translation>
    </message>
    <message>
        <source>show takes exactly one backup ID</source>
        <translation>show attend exactement un identifiant de sauvegarde</translation>
    </message>
    <message>
        <source>Show one backup's metadata.</source>
        <translation>Afficher les métadonnées d’une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>SmallFileWriter</name>
    <message>
        <source>cannot create</source>
        <translation>impossible de créer</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
</context>
<context>
    <name>SqliteBackupSource</name>
    <message>
        <source>SQLite database %1 does not exist (check the job's path)</source>
        <translation>la base SQLite %1 n’existe pas (vérifiez le chemin de la tâche)</translation>
    </message>
    <message>
        <source>Copying %1 with the SQLite online backup API</source>
        <translation>Copie de %1 avec l’API de sauvegarde en ligne de SQLite</translation>
    </message>
    <message>
        <source>Checking, compressing, encrypting and storing</source>
        <translation>Vérification, compression, chiffrement et stockage</translation>
    </message>
    <message>
        <source>the copy of %1 failed its integrity check, so it was not stored: %2 (run PRAGMA integrity_check on the source)</source>
        <translation>la copie de %1 a échoué au contrôle d’intégrité et n’a pas été stockée : %2 (lancez PRAGMA integrity_check sur la source)</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>SQLite database %1 does not exist (check the job's path)</source>
        <translation>la base SQLite %1 n’existe pas (vérifiez le chemin de la tâche)</translation>
    </message>
    <message>
        <source>cannot open SQLite database %1: %2</source>
        <translation>impossible d’ouvrir la base SQLite %1 : %2</translation>
    </message>
    <message>
        <source>SQLite %1: %2</source>
        <translation>SQLite %1 : %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 n’est pas une base SQLite utilisable : %2</translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation>%1 a échoué au contrôle d’intégrité : %2</translation>
    </message>
</context>
<context>
    <name>SqliteSnapshot</name>
    <message>
        <source>%1 is not a readable SQLite database: %2 (check the job's path)</source>
        <translation>%1 n’est pas une base SQLite lisible : %2 (vérifiez le chemin de la tâche)</translation>
    </message>
    <message>
        <source>cannot start the SQLite backup of %1: %2</source>
        <translation>impossible de démarrer la sauvegarde SQLite de %1 : %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>SQLite backup of %1 failed: %2</source>
        <translation>la sauvegarde SQLite de %1 a échoué : %2</translation>
    </message>
</context>
<context>
    <name>TarExtractSink</name>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
    <message>
        <source>the tar stream has data after its end</source>
        <translation>le flux tar contient des données après sa fin</translation>
    </message>
    <message>
        <source>the content is not a tar stream: %1</source>
        <translation>le contenu n’est pas un flux tar : %1</translation>
    </message>
    <message>
        <source>the tar stream is damaged or truncated: %1</source>
        <translation>le flux tar est endommagé ou tronqué : %1</translation>
    </message>
    <message>
        <source>the tar stream holds an unexpected member "%1" (only plain files are allowed): it was not written by Lifeboat</source>
        <translation>le flux tar contient un membre inattendu « %1 » (seuls les fichiers simples sont admis) : il n’a pas été écrit par Lifeboat</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>impossible de créer</translation>
    </message>
    <message>
        <source>the tar stream is damaged or truncated in %1: %2</source>
        <translation>le flux tar est endommagé ou tronqué dans %1 : %2</translation>
    </message>
    <message>
        <source>the tar stream holds an unexpected member "%1" (links, absolute paths and ".." are refused)</source>
        <translation>le flux tar contient un élément inattendu « %1 » (liens, chemins absolus et « .. » sont refusés)</translation>
    </message>
    <message>
        <source>the tar stream holds a file without a name</source>
        <translation>le flux tar contient un fichier sans nom</translation>
    </message>
    <message>
        <source>the tar stream is damaged in %1: data beyond the member's size</source>
        <translation>le flux tar est endommagé dans %1 : données au-delà de la taille du membre</translation>
    </message>
</context>
<context>
    <name>TarWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>libarchive cannot create a tar writer (out of memory?)</source>
        <translation>libarchive ne peut pas créer d’écrivain tar (mémoire épuisée ?)</translation>
    </message>
    <message>
        <source>cannot start the tar stream</source>
        <translation>impossible de commencer le flux tar</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>impossible de lire</translation>
    </message>
    <message>
        <source>cannot add %1 to the tar stream</source>
        <translation>impossible d’ajouter %1 au flux tar</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>%1 shrank while it was being packed</source>
        <translation>%1 a rétréci pendant l’archivage</translation>
    </message>
    <message>
        <source>cannot end the tar stream</source>
        <translation>impossible de terminer le flux tar</translation>
    </message>
</context>
<context>
    <name>TimelineCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Une tâche de type postgresql-cluster.</translation>
    </message>
    <message>
        <source>Only events at or after this time (ISO 8601; without offset in the config's timezone).</source>
        <translation>Seulement les événements à partir de cette date (ISO 8601 ; sans décalage, dans le fuseau de la configuration).</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>HEURE</translation>
    </message>
    <message>
        <source>Only events at or before this time.</source>
        <translation>Seulement les événements jusqu’à cette date.</translation>
    </message>
    <message>
        <source>Only destructive operations, no commits.</source>
        <translation>Seulement les opérations destructives, sans les validations.</translation>
    </message>
    <message>
        <source>Commits, aborts and destructive operations per minute (the density view).</source>
        <translation>Validations, annulations et opérations destructives par minute (la vue de densité).</translation>
    </message>
    <message>
        <source>With --summary: seconds per bucket (default 60).</source>
        <translation>Avec --summary : secondes par intervalle (60 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>At most N entries (default 10000; 0: all).</source>
        <translation>Au plus N entrées (10000 par défaut ; 0 : toutes).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show the index as it is; read no new WAL.</source>
        <translation>Afficher l’index tel quel ; ne lire aucun nouveau WAL.</translation>
    </message>
    <message>
        <source>Forget the index and read the whole archive again.</source>
        <translation>Oublier l’index et relire toute l’archive.</translation>
    </message>
    <message>
        <source>timeline takes exactly one JOB</source>
        <translation>timeline prend exactement une TÂCHE</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)</source>
        <translation>--%1 « %2 » n’est pas une date (utilisez ISO 8601, p. ex. 2025-01-28T14:25:00Z)</translation>
    </message>
    <message>
        <source>--limit takes a number (0: no limit)</source>
        <translation>--limit attend un nombre (0 : sans limite)</translation>
    </message>
    <message>
        <source>--bucket takes a number of seconds (1 or more)</source>
        <translation>--bucket attend un nombre de secondes (1 ou plus)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>Commits per %n second(s) of job %1:</source>
        <translation><numerusform>Validations par %n seconde de la tâche %1 :</numerusform><numerusform>Validations par %n secondes de la tâche %1 :</numerusform></translation>
    </message>
    <message>
        <source>  %1  %2 commits  %3 aborts  %4 destructive</source>
        <translation>  %1  %2 validations  %3 annulations  %4 destructives</translation>
    </message>
    <message>
        <source>Job %1 has no indexed WAL yet: nothing archived, or the index was never updated.</source>
        <translation>La tâche %1 n’a pas encore de WAL indexé : rien d’archivé, ou l’index n’a jamais été mis à jour.</translation>
    </message>
    <message numerus="yes">
        <source>WAL events of job %1 (%n indexed segment(s)):</source>
        <translation><numerusform>Événements WAL de la tâche %1 (%n segment indexé) :</numerusform><numerusform>Événements WAL de la tâche %1 (%n segments indexés) :</numerusform></translation>
    </message>
    <message>
        <source>abort </source>
        <translation>annul.</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>valid.</translation>
    </message>
    <message>
        <source>  %1  #%2 %3: %4  (xid %5, LSN %6, timeline %7)</source>
        <translation>  %1  #%2 %3 : %4  (xid %5, LSN %6, timeline %7)</translation>
    </message>
    <message>
        <source>(relations unknown)</source>
        <translation>(relations inconnues)</translation>
    </message>
    <message>
        <source>      to recover to just before it: lifeboat-cli pitr %1 --pgdata DIR --before-event %2 --start</source>
        <translation>      pour restaurer juste avant : lifeboat-cli pitr %1 --pgdata DIR --before-event %2 --start</translation>
    </message>
    <message>
        <source>  (more entries: narrow --from/--to, use --destructive, or raise --limit)</source>
        <translation>  (autres entrées : restreignez --from/--to, utilisez --destructive ou augmentez --limit)</translation>
    </message>
    <message>
        <source>WAL events: commits (time, xid, LSN) and destructive operations (DROP, TRUNCATE, mass DELETE).</source>
        <translation>Événements WAL : validations (heure, xid, LSN) et opérations destructives (DROP, TRUNCATE, DELETE massif).</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Backup ids to verify.</source>
        <translation>Identifiants des sauvegardes à vérifier.</translation>
    </message>
    <message>
        <source>Verify every backup of this job.</source>
        <translation>Vérifier toutes les sauvegardes de cette tâche.</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>TÂCHE</translation>
    </message>
    <message>
        <source>Verify every backup in the catalog.</source>
        <translation>Vérifier toutes les sauvegardes du catalogue.</translation>
    </message>
    <message>
        <source>checksum (stored bytes), decode (decrypt and decompress), format (check the decoded database), restore (test restore). Default: the job's verify setting.</source>
        <translation>checksum (octets stockés), decode (déchiffrer et décompresser), format (vérifier la base décodée), restore (restauration d’essai). Par défaut : le réglage verify de la tâche.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>NIVEAU</translation>
    </message>
    <message>
        <source>name backup IDs, or --job JOB, or --all (one of them)</source>
        <translation>indiquez des identifiants, --job TÂCHE ou --all (l’un des trois)</translation>
    </message>
    <message>
        <source>No backups to verify.</source>
        <translation>Aucune sauvegarde à vérifier.</translation>
    </message>
    <message>
        <source>Verify backups; exits 3 if any fails.</source>
        <translation>Vérifier des sauvegardes ; code 3 si l’une échoue.</translation>
    </message>
    <message>
        <source>; needs the passphrase</source>
        <translation> ; demande la phrase secrète</translation>
    </message>
    <message>
        <source>; needs the secret key of %1</source>
        <translation> ; demande la clé secrète de %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> ou </translation>
    </message>
    <message>
        <source>passed  %1 (%2%3)</source>
        <translation>réussi  %1 (%2%3)</translation>
    </message>
    <message>
        <source>FAILED  %1 (%2%3): %4</source>
        <translation>ÉCHEC  %1 (%2%3) : %4</translation>
    </message>
</context>
<context>
    <name>WalArchive</name>
    <message>
        <source>"%1" is not a WAL file name (expected e.g. 000000010000000000000003 or 00000002.history)</source>
        <translation>« %1 » n’est pas un nom de fichier WAL (attendu p. ex. 000000010000000000000003 ou 00000002.history)</translation>
    </message>
    <message>
        <source>WAL file %1 is archived twice with different contents (%2, %3): remove the one that does not belong to this cluster</source>
        <translation>le fichier WAL %1 est archivé deux fois avec des contenus différents (%2, %3) : supprimez celui qui n’appartient pas à ce cluster</translation>
    </message>
    <message>
        <source>"%1" is not a WAL file name (archive_command must pass %p)</source>
        <translation>« %1 » n’est pas un nom de fichier WAL (archive_command doit passer %p)</translation>
    </message>
    <message>
        <source>WAL file %1 is already archived with different contents (%2): another cluster, or a restored copy of this one, is archiving into job "%3" — give it its own job; nothing was overwritten</source>
        <translation>le fichier WAL %1 est déjà archivé avec un autre contenu (%2) : un autre cluster, ou une copie restaurée de celui-ci, archive dans la tâche « %3 » — donnez-lui sa propre tâche ; rien n’a été écrasé</translation>
    </message>
    <message>
        <source>archived WAL file %1 is damaged: %2 (restore the repository's copy of it, or recover to a point before it)</source>
        <translation>le fichier WAL archivé %1 est endommagé : %2 (restaurez sa copie dans le dépôt, ou restaurez à un point antérieur)</translation>
    </message>
    <message>
        <source>archived WAL file %1 is damaged: its content does not match the checksum in its name (restore the repository's copy of it, or recover to a point before it)</source>
        <translation>le fichier WAL archivé %1 est endommagé : son contenu ne correspond pas à la somme de contrôle de son nom (restaurez sa copie dans le dépôt, ou restaurez à un point antérieur)</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>impossible de créer</translation>
    </message>
    <message>
        <source>repository of job "%1" is not a local folder: WAL cannot be adopted into it</source>
        <translation>le dépôt de la tâche « %1 » n’est pas un dossier local : les WAL ne peuvent pas y être adoptés</translation>
    </message>
    <message>
        <source>cannot rename into</source>
        <translation>impossible de renommer en</translation>
    </message>
</context>
<context>
    <name>WalFetchCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Une tâche de type postgresql-cluster.</translation>
    </message>
    <message>
        <source>The WAL file's name (%f).</source>
        <translation>Le nom du fichier WAL (%f).</translation>
    </message>
    <message>
        <source>Where to write it (%p).</source>
        <translation>Où l’écrire (%p).</translation>
    </message>
    <message>
        <source>wal-fetch takes JOB, NAME and DEST</source>
        <translation>wal-fetch attend TÂCHE, NOM et DESTINATION</translation>
    </message>
    <message>
        <source>Fetch one archived WAL file (restore_command = 'lifeboat-cli wal-fetch JOB %f %p'); exit 1 when it does not exist.</source>
        <translation>Récupérer un fichier WAL archivé (restore_command = 'lifeboat-cli wal-fetch JOB %f %p') ; code de sortie 1 s’il n’existe pas.</translation>
    </message>
</context>
<context>
    <name>WalFetcher</name>
    <message>
        <source>job "%1" has no WAL archive in repository "%2" at %3 (check the config's repository path, and that this user may read it)</source>
        <translation>la tâche « %1 » n’a pas d’archive WAL dans le dépôt « %2 » à %3 (vérifiez le chemin du dépôt dans la configuration, et que cet utilisateur peut le lire)</translation>
    </message>
    <message>
        <source>WAL file %1 is not in the archive of job "%2"</source>
        <translation>le fichier WAL %1 n’est pas dans l’archive de la tâche « %2 »</translation>
    </message>
</context>
<context>
    <name>WalPushCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Une tâche de type postgresql-cluster.</translation>
    </message>
    <message>
        <source>The WAL file (%p), relative to the data directory.</source>
        <translation>Le fichier WAL (%p), relatif au répertoire de données.</translation>
    </message>
    <message>
        <source>wal-push takes JOB and PATH</source>
        <translation>wal-push attend TÂCHE et CHEMIN</translation>
    </message>
    <message>
        <source>%1 was already archived</source>
        <translation>%1 était déjà archivé</translation>
    </message>
    <message>
        <source>archived %1 (and %2 waiting files ahead)</source>
        <translation>%1 archivé (et %2 fichiers en attente en avance)</translation>
    </message>
    <message>
        <source>Archive one WAL file (archive_command = 'lifeboat-cli wal-push JOB %p').</source>
        <translation>Archiver un fichier WAL (archive_command = 'lifeboat-cli wal-push JOB %p').</translation>
    </message>
</context>
<context>
    <name>WalPushHelper</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>impossible de créer %1 : %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>impossible d’écrire %1</translation>
    </message>
    <message>
        <source>cannot watch %1: %2</source>
        <translation>impossible de surveiller %1 : %2</translation>
    </message>
    <message>
        <source>watching %1 for job "%2"</source>
        <translation>surveillance de %1 pour la tâche « %2 »</translation>
    </message>
    <message>
        <source>poll failed: %1</source>
        <translation>échec de poll : %1</translation>
    </message>
    <message>
        <source>streaming WAL again from %1</source>
        <translation>diffusion des WAL reprise depuis %1</translation>
    </message>
    <message>
        <source>streaming WAL ahead for job "%1" from %2</source>
        <translation>diffusion anticipée des WAL pour la tâche « %1 » depuis %2</translation>
    </message>
    <message>
        <source>pushing .ready files without streaming ahead: %1</source>
        <translation>archivage des fichiers .ready sans diffusion anticipée : %1</translation>
    </message>
    <message>
        <source>the server ended the stream (a new timeline?)</source>
        <translation>le serveur a terminé le flux (une nouvelle ligne temporelle ?)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>arrêté : %1</translation>
    </message>
    <message>
        <source>the job's conninfo reaches another cluster (system identifier %1; this pg_wal belongs to %2): check conninfo</source>
        <translation>la conninfo de la tâche atteint une autre instance (identifiant système %1 ; ce pg_wal appartient à %2) : vérifiez conninfo</translation>
    </message>
</context>
<context>
    <name>WalPushHelperCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Une tâche de type postgresql-cluster.</translation>
    </message>
    <message>
        <source>The server's pg_wal folder.</source>
        <translation>Le dossier pg_wal du serveur.</translation>
    </message>
    <message>
        <source>Stop after this many seconds without a .ready file.</source>
        <translation>S’arrêter après ce nombre de secondes sans fichier .ready.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>wal-push-helper takes JOB and PG_WAL</source>
        <translation>wal-push-helper attend JOB et PG_WAL</translation>
    </message>
    <message>
        <source>The resident archive helper that wal-push starts (internal).</source>
        <translation>L’assistant d’archivage résident que lance wal-push (interne).</translation>
    </message>
</context>
<context>
    <name>WalPusher</name>
    <message>
        <source>job "%1" is of kind "%2": WAL is archived by postgresql-cluster jobs</source>
        <translation>la tâche « %1 » est de type « %2 » : le WAL est archivé par les tâches postgresql-cluster</translation>
    </message>
    <message>
        <source>"%1" is not a WAL file (archive_command must pass %p)</source>
        <translation>« %1 » n’est pas un fichier WAL (archive_command doit passer %p)</translation>
    </message>
</context>
<context>
    <name>WalStreamSegment</name>
    <message>
        <source>cannot read</source>
        <translation>impossible de lire</translation>
    </message>
    <message>
        <source>streaming WAL ahead needs a local repository</source>
        <translation>la diffusion anticipée des WAL exige un dépôt local</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>impossible de créer</translation>
    </message>
    <message>
        <source>the streamed copy of %1 differs from the server's file; it is pushed from the file instead</source>
        <translation>la copie diffusée de %1 diffère du fichier du serveur ; il est archivé depuis le fichier</translation>
    </message>
    <message>
        <source>%1 was replaced while it was streamed; it is pushed from the file instead</source>
        <translation>%1 a été remplacé pendant sa diffusion ; il est archivé depuis le fichier</translation>
    </message>
    <message>
        <source>%1 is shorter than a segment; it is pushed from the file instead</source>
        <translation>%1 est plus court qu’un segment ; il est archivé depuis le fichier</translation>
    </message>
</context>
<context>
    <name>WalTimeline</name>
    <message>
        <source>the WAL event index of job %1 in the catalog is damaged; run "lifeboat-cli timeline %1 --rebuild"</source>
        <translation>l’index des événements WAL de la tâche %1 est endommagé dans le catalogue ; lancez « lifeboat-cli timeline %1 --rebuild »</translation>
    </message>
    <message>
        <source>DROP</source>
        <translation>DROP</translation>
    </message>
    <message>
        <source>TRUNCATE</source>
        <translation>TRUNCATE</translation>
    </message>
    <message>
        <source>REWRITE</source>
        <translation>RÉÉCRITURE</translation>
    </message>
    <message numerus="yes">
        <source>DELETE of %n row(s)</source>
        <translation><numerusform>DELETE de %n ligne</numerusform><numerusform>DELETE de %n lignes</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>UPDATE of %n row(s)</source>
        <translation><numerusform>UPDATE de %n ligne</numerusform><numerusform>UPDATE de %n lignes</numerusform></translation>
    </message>
</context>
<context>
    <name>ZstdDecompressor</name>
    <message>
        <source>zstd data is corrupt: %1</source>
        <translation>données zstd corrompues : %1</translation>
    </message>
    <message>
        <source>zstd data is truncated: the stream ends inside a frame</source>
        <translation>données zstd tronquées : le flux s’arrête au milieu d’une trame</translation>
    </message>
</context>
<context>
    <name>lifeboat::AppDataPage</name>
    <message>
        <source>create</source>
        <translation>créer</translation>
    </message>
    <message>
        <source>update</source>
        <translation>mettre à jour</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>inchangée</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>ignorer</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>renommer</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>conflit</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>Include disabled entities</source>
        <translation>Inclure les entités désactivées</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>Exporter vers un fichier…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Take a safety export of the database first (the way to undo)</source>
        <translation>Faire d’abord un export de sécurité de la base (pour pouvoir annuler)</translation>
    </message>
    <message>
        <source>Preview plan</source>
        <translation>Aperçu du plan</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importer…</translation>
    </message>
    <message>
        <source>Show unchanged and skipped entities</source>
        <translation>Afficher les entités inchangées et ignorées</translation>
    </message>
    <message>
        <source>An export file (Lifeboat's or the application's own)</source>
        <translation>Un fichier d’export (de Lifeboat ou de l’application elle-même)</translation>
    </message>
    <message>
        <source>Update existing (changed fields, links merged)</source>
        <translation>Mettre à jour les existantes (champs modifiés, liens fusionnés)</translation>
    </message>
    <message>
        <source>Entities that exist already get the file's changed fields; new ones are created.</source>
        <translation>Les entités déjà présentes reçoivent les champs modifiés du fichier ; les nouvelles sont créées.</translation>
    </message>
    <message>
        <source>Skip existing</source>
        <translation>Ignorer les existantes</translation>
    </message>
    <message>
        <source>Entities that exist already are left as they are.</source>
        <translation>Les entités déjà présentes restent telles quelles.</translation>
    </message>
    <message>
        <source>Import as copies (name_imported_N)</source>
        <translation>Importer comme copies (nom_imported_N)</translation>
    </message>
    <message>
        <source>Entities that exist already are imported again under a new name.</source>
        <translation>Les entités déjà présentes sont réimportées sous un nouveau nom.</translation>
    </message>
    <message>
        <source>Stop if anything exists</source>
        <translation>Arrêter si quelque chose existe</translation>
    </message>
    <message>
        <source>Any entity that exists already stops the import before anything is written.</source>
        <translation>Toute entité déjà présente arrête l’import avant toute écriture.</translation>
    </message>
    <message>
        <source>Make the database equal to the file</source>
        <translation>Rendre la base identique au fichier</translation>
    </message>
    <message>
        <source>Also deletes entities the file lacks: use it with a safety export to undo an import.</source>
        <translation>Supprime aussi les entités absentes du fichier : à utiliser avec un export de sécurité pour annuler un import.</translation>
    </message>
    <message>
        <source>Application job:</source>
        <translation>Tâche d’application :</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>Types d’entités :</translation>
    </message>
    <message>
        <source>What the selected entities need comes along (a server's tools, a tool's gateway). Secrets stay encrypted as the application stores them.</source>
        <translation>Ce dont les entités choisies ont besoin est inclus (les outils d’un serveur, la passerelle d’un outil). Les secrets restent chiffrés comme l’application les stocke.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>When an entity exists:</source>
        <translation>Si une entité existe :</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Correspondance sur</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Champs qui diffèrent</translation>
    </message>
    <message>
        <source>This config has no app-export job. Add one (kind = "app-export", profile = "mcpgateway", path or conninfo of the application's database) to export and import its configuration.</source>
        <translation>Cette configuration n’a pas de tâche app-export. Ajoutez-en une (kind = "app-export", profile = "mcpgateway", path ou conninfo de la base de l’application) pour exporter et importer sa configuration.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Preview the plan first.</source>
        <translation>Affichez d’abord le plan.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>Exporter %1</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Choose an export file</source>
        <translation>Choisir un fichier d’export</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Make %1 equal to %2? Entities the file lacks are deleted.</source>
        <translation>Rendre %1 identique à %2 ? Les entités absentes du fichier sont supprimées.</translation>
    </message>
    <message>
        <source>Import %1 into %2 as previewed?</source>
        <translation>Importer %1 dans %2 comme prévu ?</translation>
    </message>
    <message>
        <source> A safety export is taken first.</source>
        <translation> Un export de sécurité est fait d’abord.</translation>
    </message>
    <message>
        <source> No safety export will be taken.</source>
        <translation> Aucun export de sécurité ne sera fait.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>create %1 · update %2 · unchanged %3 · skip %4 · rename %5 · delete %6 · conflict %7 · links +%8 −%9</source>
        <translation>créer %1 · mettre à jour %2 · inchangées %3 · ignorer %4 · renommer %5 · supprimer %6 · conflit %7 · liens +%8 −%9</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Rien n’a été importé.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt; (nothing written yet): %1</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt; (rien d’écrit pour l’instant) : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt; in one transaction: %1</source>
        <translation>&lt;b&gt;Importé&lt;/b&gt; en une transaction : %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to change&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Rien à modifier&lt;/b&gt; : %1</translation>
    </message>
    <message>
        <source>Safety export %1 — to undo, import it with “Make the database equal to the file”.</source>
        <translation>Export de sécurité %1 — pour annuler, importez-le avec « Rendre la base identique au fichier ».</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::AppExportOperation</name>
    <message>
        <source>export needs --output FILE</source>
        <translation>export demande --output FICHIER</translation>
    </message>
    <message>
        <source>folder %1 does not exist (create it or choose another --output)</source>
        <translation>le dossier %1 n’existe pas (créez-le ou choisissez un autre --output)</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::AppImportOperation</name>
    <message>
        <source>%1 cannot be read: %2 (check its permissions)</source>
        <translation>%1 est illisible : %2 (vérifiez ses droits)</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a backup id (see "lifeboat-cli list --job %2")</source>
        <translation>%1 n’est ni un fichier ni un identifiant de sauvegarde (voir « lifeboat-cli list --job %2 »)</translation>
    </message>
    <message>
        <source>backup %1 is a %2 backup, not an application export (restore it with "lifeboat-cli restore %1")</source>
        <translation>la sauvegarde %1 est une sauvegarde %2, pas un export d’application (restaurez-la avec « lifeboat-cli restore %1 »)</translation>
    </message>
    <message>
        <source>Reading backup %1</source>
        <translation>Lecture de la sauvegarde %1</translation>
    </message>
    <message>
        <source>job "%1" is a %2 job; import works on app-export jobs (kind = "app-export" with a profile)</source>
        <translation>la tâche « %1 » est une tâche %2 ; import porte sur les tâches app-export (kind = "app-export" avec un profil)</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>tâche « %1 » : %2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>Vérification de %1</translation>
    </message>
    <message>
        <source>%1 (nothing was written)</source>
        <translation>%1 (rien n’a été écrit)</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Comparaison avec %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entit(ies) already exist in %1 and the strategy is "fail": nothing was written (see the plan; choose --strategy skip, update or rename)</source>
        <translation><numerusform>%n entité existe déjà dans %1 et la stratégie est « fail » : rien n’a été écrit (voir le plan ; choisissez --strategy skip, update ou rename)</numerusform><numerusform>%n entités existent déjà dans %1 et la stratégie est « fail » : rien n’a été écrit (voir le plan ; choisissez --strategy skip, update ou rename)</numerusform></translation>
    </message>
    <message>
        <source>Taking a safety export of %1</source>
        <translation>Export de sécurité de %1</translation>
    </message>
    <message>
        <source>safety export before import %1</source>
        <translation>export de sécurité avant l’import %1</translation>
    </message>
    <message>
        <source>the safety export before the import failed, nothing was imported: %1 (fix it, or pass --no-backup-before-import)</source>
        <translation>l’export de sécurité avant l’import a échoué, rien n’a été importé : %1 (corrigez-le ou passez --no-backup-before-import)</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Import dans %1</translation>
    </message>
    <message>
        <source>import %1 into %2 from %3 (strategy %4): created %5, updated %6, skipped %7, renamed %8, deleted %9, failed 0</source>
        <translation>import %1 dans %2 depuis %3 (stratégie %4) : créés %5, mis à jour %6, ignorés %7, renommés %8, supprimés %9, échecs 0</translation>
    </message>
    <message>
        <source>warning: the import's result is not in the catalog: %1</source>
        <translation>avertissement : le résultat de l’import n’est pas dans le catalogue : %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::BackupOperation</name>
    <message>
        <source>removed %1, left by an aborted run</source>
        <translation>%1 supprimé, laissé par une exécution interrompue</translation>
    </message>
    <message>
        <source>Verifying (%1)</source>
        <translation>Vérification (%1)</translation>
    </message>
    <message>
        <source>backup %1 is stored but the catalog was not updated: %2 (run "lifeboat-cli catalog rebuild")</source>
        <translation>la sauvegarde %1 est stockée mais le catalogue n’a pas été mis à jour : %2 (lancez « lifeboat-cli catalog rebuild »)</translation>
    </message>
    <message>
        <source>backup %1 was written but failed verification: %2</source>
        <translation>la sauvegarde %1 a été écrite mais a échoué à la vérification : %2</translation>
    </message>
    <message>
        <source>relation names for the WAL event index were not recorded: %1</source>
        <translation>les noms de relations pour l’index des événements WAL n’ont pas été enregistrés : %1</translation>
    </message>
    <message>
        <source>Copying %1, not yet in repository "%2"</source>
        <translation>Copie de %1, pas encore dans le dépôt « %2 »</translation>
    </message>
    <message>
        <source>backup %1 is stored, but copying %2 to repository "%3" failed (the next run tries again): %4</source>
        <translation>la sauvegarde %1 est enregistrée, mais la copie de %2 vers le dépôt « %3 » a échoué (la prochaine exécution réessaiera) : %4</translation>
    </message>
    <message>
        <source>job %1 into repository %2: %3 bytes, SHA-256 %4</source>
        <translation>tâche %1 dans le dépôt %2 : %3 octets, SHA-256 %4</translation>
    </message>
</context>
<context>
    <name>lifeboat::CatalogModel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>passed (%1)</source>
        <translation>réussie (%1)</translation>
    </message>
    <message>
        <source>FAILED (%1)</source>
        <translation>ÉCHEC (%1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>%1 [kept forever]</source>
        <translation>%1 [conservée pour toujours]</translation>
    </message>
    <message>
        <source>%1
artifact: %2
repository: %3
SHA-256: %4</source>
        <translation>%1
fichier : %2
dépôt : %3
SHA-256 : %4</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Étiquette</translation>
    </message>
    <message>
        <source>ok, not yet offsite (%1)</source>
        <translation>ok, pas encore hors site (%1)</translation>
    </message>
</context>
<context>
    <name>lifeboat::CatalogPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>&amp;Restaurer…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>É&amp;pingler</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>É&amp;tiqueter…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Supprimer…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>The job that "Back up now" runs</source>
        <translation>La tâche que « Sauvegarder maintenant » exécute</translation>
    </message>
    <message>
        <source>Check the selected backups again at their job's verification level</source>
        <translation>Vérifier de nouveau les sauvegardes choisies au niveau de vérification de leur tâche</translation>
    </message>
    <message>
        <source>Keep the selected backup forever: retention never removes a pinned backup</source>
        <translation>Garder la sauvegarde choisie à jamais : la rétention ne supprime jamais une sauvegarde épinglée</translation>
    </message>
    <message>
        <source>Remove the selected backup from its repository (asks you to type its id)</source>
        <translation>Retirer la sauvegarde choisie de son dépôt (demande de taper son identifiant)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Tout statut</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>échec</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>épinglées</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>tout jour</translation>
    </message>
    <message>
        <source>Label or id contains…</source>
        <translation>L’étiquette ou l’identifiant contient…</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Tâche :</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Afficher :</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Toutes les tâches</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Désépingler</translation>
    </message>
    <message>
        <source>Select a backup to see its metadata, table row counts, checksums and verification history.</source>
        <translation>Choisissez une sauvegarde pour voir ses métadonnées, ses nombres de lignes, ses sommes de contrôle et son historique de vérification.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned; its job's retention rules apply again.</source>
        <translation>%1 n’est plus épinglée ; les règles de rétention de sa tâche s’appliquent de nouveau.</translation>
    </message>
    <message>
        <source>%1 is pinned: retention will never remove it.</source>
        <translation>%1 est épinglée : la rétention ne la supprimera jamais.</translation>
    </message>
    <message>
        <source>Label backup</source>
        <translation>Étiqueter la sauvegarde</translation>
    </message>
    <message>
        <source>Label for %1:</source>
        <translation>Étiquette de %1 :</translation>
    </message>
    <message>
        <source>Label of %1 saved in its sidecar.</source>
        <translation>Étiquette de %1 enregistrée dans ses métadonnées.</translation>
    </message>
    <message>
        <source>%1 is pinned to be kept forever. Type its id to delete it anyway:</source>
        <translation>%1 est épinglée pour être conservée à jamais. Tapez son identifiant pour la supprimer quand même :</translation>
    </message>
    <message>
        <source>This removes %1 from repository "%2" for good. Type its id to confirm:</source>
        <translation>Ceci retire définitivement %1 du dépôt « %2 ». Tapez son identifiant pour confirmer :</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Supprimer la sauvegarde</translation>
    </message>
    <message>
        <source>Nothing deleted: the id was not typed.</source>
        <translation>Rien n’a été supprimé : l’identifiant n’a pas été tapé.</translation>
    </message>
    <message>
        <source>Deleted %1; the deletion is in the catalog's audit trail.</source>
        <translation>%1 supprimée ; la suppression figure dans la piste d’audit du catalogue.</translation>
    </message>
</context>
<context>
    <name>lifeboat::CatalogRebuildOperation</name>
    <message>
        <source>Reading repository "%1"</source>
        <translation>Lecture du dépôt « %1 »</translation>
    </message>
    <message>
        <source>catalog left unchanged: %1</source>
        <translation>catalogue laissé inchangé : %1</translation>
    </message>
    <message>
        <source>the catalog could not be opened; moved it to %1</source>
        <translation>impossible d’ouvrir le catalogue ; déplacé vers %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::ChecksPage</name>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>avertissement</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>Vérifier à &amp;nouveau</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vérifications préalables</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Every check must pass before the restore can start.</source>
        <translation>Rien n’a encore été modifié. Chaque vérification doit passer avant que la restauration puisse commencer.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Vérification</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>All checks passed. The restore will:</source>
        <translation>Toutes les vérifications sont passées. La restauration va :</translation>
    </message>
    <message>
        <source>Fix what failed (the details say how), then check again or go back and change your choices.</source>
        <translation>Corrigez ce qui a échoué (les détails disent comment), puis vérifiez à nouveau ou revenez modifier vos choix.</translation>
    </message>
</context>
<context>
    <name>lifeboat::DashboardPage</name>
    <message>
        <source>Open a config to see its jobs.</source>
        <translation>Ouvrez une configuration pour voir ses tâches.</translation>
    </message>
    <message>
        <source>The config has no jobs yet.</source>
        <translation>La configuration n’a pas encore de tâche.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 healthy, %2 need attention, %3 at risk&lt;/b&gt; — %n backup(s) in the catalog.</source>
        <translation><numerusform>&lt;b&gt;%1 en bon état, %2 à surveiller, %3 en danger&lt;/b&gt; — %n sauvegarde au catalogue.</numerusform><numerusform>&lt;b&gt;%1 en bon état, %2 à surveiller, %3 en danger&lt;/b&gt; — %n sauvegardes au catalogue.</numerusform></translation>
    </message>
    <message>
        <source>The alerts of resources/monitoring/lifeboat-alerts.yml, as they stand now</source>
        <translation>Les alertes de resources/monitoring/lifeboat-alerts.yml, telles qu’elles sont maintenant</translation>
    </message>
</context>
<context>
    <name>lifeboat::DrillOperation</name>
    <message>
        <source>job %1 has no successful backup to restore (run "lifeboat-cli backup %1" first)</source>
        <translation>la tâche %1 n’a aucune sauvegarde réussie à restaurer (lancez d’abord « lifeboat-cli backup %1 »)</translation>
    </message>
    <message>
        <source>Starting a scratch PostgreSQL %1 server</source>
        <translation>Démarrage d’un serveur PostgreSQL %1 jetable</translation>
    </message>
    <message>
        <source>restored backup %1 (finished %2) into %3</source>
        <translation>sauvegarde %1 (terminée %2) restaurée dans %3</translation>
    </message>
    <message>
        <source>no free TCP port on this host for the recovered server</source>
        <translation>aucun port TCP libre sur cet hôte pour le serveur restauré</translation>
    </message>
    <message>
        <source>recovered from base backup %1 to %2 (last replayed commit %3) on port %4</source>
        <translation>restauré depuis la sauvegarde de base %1 jusqu’à %2 (dernière validation rejouée %3) sur le port %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>step "%1" restored nothing to check</source>
        <translation>l’étape « %1 » n’a rien restauré à vérifier</translation>
    </message>
    <message>
        <source>the backup restored by "%1" records no row counts to compare with</source>
        <translation>la sauvegarde restaurée par « %1 » n’enregistre aucun nombre de lignes à comparer</translation>
    </message>
    <message>
        <source>drill plan %1, step "%2": %3</source>
        <translation>plan d’exercice %1, étape « %2 » : %3</translation>
    </message>
    <message>
        <source>--incident-time "%1" is not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)</source>
        <translation>--incident-time « %1 » n’est pas une date (utilisez ISO 8601, p. ex. 2025-01-28T14:25:00Z)</translation>
    </message>
    <message>
        <source>the incident time %1 is after the drill's start %2: RTO is measured from the incident, so it must come first</source>
        <translation>l’heure de l’incident %1 est postérieure au début de l’exercice %2 : le RTO se mesure depuis l’incident, qui doit donc venir avant</translation>
    </message>
    <message>
        <source>cannot create a scratch folder in %1: %2 (free space there or set LIFEBOAT_TMPDIR)</source>
        <translation>impossible de créer un dossier de travail dans %1 : %2 (libérez de la place ou définissez LIFEBOAT_TMPDIR)</translation>
    </message>
    <message>
        <source>manual step: no one to do it in a headless run</source>
        <translation>étape manuelle : personne pour la faire dans une exécution sans interface</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Étape %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>no verification step passed</source>
        <translation>aucune étape de vérification réussie</translation>
    </message>
    <message>
        <source>RTO objective</source>
        <translation>Objectif RTO</translation>
    </message>
    <message>
        <source>nothing was restored (no RPO)</source>
        <translation>rien n’a été restauré (pas de RPO)</translation>
    </message>
    <message>
        <source>RPO objective</source>
        <translation>Objectif RPO</translation>
    </message>
    <message>
        <source>plan "%1": %2%3</source>
        <translation>plan « %1 » : %2%3</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> à %1</translation>
    </message>
    <message>
        <source>stopped by the facilitator</source>
        <translation>arrêté par l’animateur</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>non fait : %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>fait</translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s) done</source>
        <translation><numerusform>%n point fait</numerusform><numerusform>les %n points faits</numerusform></translation>
    </message>
    <message>
        <source>job %1 is of kind %2: drills restore sqlite, postgresql and files jobs (use a pitr step for postgresql-cluster)</source>
        <translation>la tâche %1 est de type %2 : les exercices restaurent les tâches sqlite, postgresql et files (utilisez une étape pitr pour postgresql-cluster)</translation>
    </message>
    <message>
        <source>step "%1" restored a folder, which has no tables to query: check it with a command step (${LIFEBOAT_DRILL_TARGET} is the folder)</source>
        <translation>l’étape « %1 » a restauré un dossier, qui n’a pas de tables à interroger : vérifiez-le avec une étape command (${LIFEBOAT_DRILL_TARGET} est le dossier)</translation>
    </message>
</context>
<context>
    <name>lifeboat::DrillRunnerDialog</name>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>skipped — manual</source>
        <translation>ignorée — manuelle</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non effectuée</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>Étape manuelle</translation>
    </message>
    <message>
        <source>Step &amp;done</source>
        <translation>Étape &amp;faite</translation>
    </message>
    <message>
        <source>S&amp;top the drill here</source>
        <translation>&amp;Arrêter l’exercice ici</translation>
    </message>
    <message>
        <source>&amp;Run drill</source>
        <translation>&amp;Lancer l’exercice</translation>
    </message>
    <message>
        <source>RTO/RPO &amp;report…</source>
        <translation>&amp;Rapport RTO/RPO…</translation>
    </message>
    <message>
        <source>Disaster-recovery drill</source>
        <translation>Exercice de reprise après sinistre</translation>
    </message>
    <message>
        <source>Your name: signs the drill off</source>
        <translation>Votre nom : signe l’exercice</translation>
    </message>
    <message>
        <source>Evidence: what you did and saw (ticket numbers, names, times)</source>
        <translation>Preuve : ce que vous avez fait et vu (numéros de ticket, noms, heures)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Détail</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>&amp;Ouvrir un plan…</translation>
    </message>
    <message>
        <source>Open a drill plan</source>
        <translation>Ouvrir un plan d’exercice</translation>
    </message>
    <message>
        <source>Drill plans (*.toml)</source>
        <translation>Plans d’exercice (*.toml)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan :</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Animateur :</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — objectives: RTO %2, RPO %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — objectifs : RTO %2, RPO %3. %4</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>en cours…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>En cours…</translation>
    </message>
    <message>
        <source>Manual step %1 of %2: %3</source>
        <translation>Étape manuelle %1 sur %2 : %3</translation>
    </message>
    <message>
        <source>RTO clock: %1 since the incident — objective %2</source>
        <translation>Chrono RTO : %1 depuis l’incident — objectif %2</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>non atteint</translation>
    </message>
    <message>
        <source>%1 (objective %2, %3)</source>
        <translation>%1 (objectif %2, %3)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>atteint</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>manqué</translation>
    </message>
    <message>
        <source>RTO %1 · RPO %2</source>
        <translation>RTO %1 · RPO %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;PASSED&lt;/b&gt;</source>
        <translation>&lt;b&gt;RÉUSSI&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#d33a2f'&gt;FAILED&lt;/b&gt; at %1</source>
        <translation>&lt;b style='color:#d33a2f'&gt;ÉCHEC&lt;/b&gt; à %1</translation>
    </message>
    <message>
        <source>Not signed off (enter your name before running to sign it off).</source>
        <translation>Non signé (saisissez votre nom avant de lancer pour le signer).</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2. Recorded as %3.</source>
        <translation>Signé par %1 le %2. Enregistré sous %3.</translation>
    </message>
    <message>
        <source>RTO/RPO report</source>
        <translation>Rapport RTO/RPO</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1 (SHA-256 of its data: %2).</source>
        <translation>Rapport écrit dans %1 (SHA-256 de ses données : %2).</translation>
    </message>
</context>
<context>
    <name>lifeboat::DrillsPage</name>
    <message>
        <source>&amp;Run a drill…</source>
        <translation>&amp;Lancer un exercice…</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Exercice</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Open a config to run drills.</source>
        <translation>Ouvrez une configuration pour lancer des exercices.</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>%1 / %2%3</source>
        <translation>%1 / %2%3</translation>
    </message>
    <message>
        <source> (missed)</source>
        <translation> (manqué)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED at %1</source>
        <translation>ÉCHEC à %1</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(non signé)</translation>
    </message>
    <message>
        <source>No drills yet. A drill restores a backup into a scratch target, checks it and measures RTO and RPO.</source>
        <translation>Aucun exercice. Un exercice restaure une sauvegarde dans une cible jetable, la vérifie et mesure RTO et RPO.</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) in the catalog, newest first.</source>
        <translation><numerusform>%n exercice dans le catalogue, le plus récent d’abord.</numerusform><numerusform>%n exercices dans le catalogue, le plus récent d’abord.</numerusform></translation>
    </message>
</context>
<context>
    <name>lifeboat::JobCard</name>
    <message>
        <source>Healthy</source>
        <translation>En bon état</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À surveiller</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>En danger</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>Newest good backup: %1 ago (objective %2)</source>
        <translation>Dernière bonne sauvegarde : il y a %1 (objectif %2)</translation>
    </message>
    <message>
        <source>Newest good backup: %1 ago</source>
        <translation>Dernière bonne sauvegarde : il y a %1</translation>
    </message>
    <message>
        <source>Newest good backup: none yet</source>
        <translation>Dernière bonne sauvegarde : aucune pour l’instant</translation>
    </message>
    <message>
        <source>Next run: %1 (in %2)</source>
        <translation>Prochaine exécution : %1 (dans %2)</translation>
    </message>
    <message>
        <source>Next run: not scheduled</source>
        <translation>Prochaine exécution : non planifiée</translation>
    </message>
    <message>
        <source>Verified: never</source>
        <translation>Vérifiée : jamais</translation>
    </message>
    <message>
        <source>Verified: %1 at level %2, %3 ago</source>
        <translation>Vérifiée : %1 au niveau %2, il y a %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>réussie</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message numerus="yes">
        <source>Repository %1: %2 free; %n backup(s) use %3</source>
        <translation><numerusform>Dépôt %1 : %2 libres ; %n sauvegarde occupe %3</numerusform><numerusform>Dépôt %1 : %2 libres ; %n sauvegardes occupent %3</numerusform></translation>
    </message>
    <message>
        <source>Retention keeps about %1 backups: ~%2 at today's sizes</source>
        <translation>La rétention garde environ %1 sauvegardes : ~%2 aux tailles actuelles</translation>
    </message>
</context>
<context>
    <name>lifeboat::JobCheckOperation</name>
    <message>
        <source>Checking job %1</source>
        <translation>Vérification de la tâche %1</translation>
    </message>
    <message>
        <source>job %1: %2: %3 (%4)</source>
        <translation>tâche %1 : %2 : %3 (%4)</translation>
    </message>
</context>
<context>
    <name>lifeboat::JobForm</name>
    <message>
        <source>Also store roles and tablespaces</source>
        <translation>Enregistrer aussi les rôles et tablespaces</translation>
    </message>
    <message>
        <source>Back up again at once when a scan finds a damaged backup</source>
        <translation>Sauvegarder aussitôt quand une analyse trouve une sauvegarde endommagée</translation>
    </message>
    <message>
        <source>/srv/app/app.db (SQLite database file)</source>
        <translation>/srv/app/app.db (fichier de base SQLite)</translation>
    </message>
    <message>
        <source>host=db1 port=5432 dbname=app user=backup</source>
        <translation>host=db1 port=5432 dbname=app user=backup</translation>
    </message>
    <message>
        <source>optional: a file holding the PostgreSQL password</source>
        <translation>facultatif : un fichier contenant le mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>more repositories, comma-separated</source>
        <translation>autres dépôts, séparés par des virgules</translation>
    </message>
    <message>
        <source>0 2 * * *  or  @daily  (empty: by hand only)</source>
        <translation>0 2 * * *  ou  @daily  (vide : à la main seulement)</translation>
    </message>
    <message>
        <source>public key files (.asc), comma-separated</source>
        <translation>fichiers de clé publique (.asc), séparés par des virgules</translation>
    </message>
    <message>
        <source>secret key files, only where backups are verified or restored</source>
        <translation>fichiers de clé secrète, seulement là où les sauvegardes sont vérifiées ou restaurées</translation>
    </message>
    <message>
        <source>password mode when there are no recipients</source>
        <translation>mode mot de passe quand il n’y a pas de destinataires</translation>
    </message>
    <message>
        <source>e.g. 30d</source>
        <translation>p. ex. 30d</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Type :</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>&amp;Fichier de base :</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Connexion :</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Fichier de mot de passe :</translation>
    </message>
    <message>
        <source>Dump &amp;format:</source>
        <translation>&amp;Format du dump :</translation>
    </message>
    <message>
        <source>Parallel workers:</source>
        <translation>Processus parallèles :</translation>
    </message>
    <message>
        <source>Storage and protection</source>
        <translation>Stockage et protection</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Dépôt :</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Copier vers :</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Compression :</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Chiffrement :</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Destinataires :</translation>
    </message>
    <message>
        <source>Secret keys:</source>
        <translation>Clés secrètes :</translation>
    </message>
    <message>
        <source>Passphrase file:</source>
        <translation>Fichier de phrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Verify after backup:</source>
        <translation>&amp;Vérifier après la sauvegarde :</translation>
    </message>
    <message>
        <source>Schedule and retention</source>
        <translation>Planification et rétention</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Planification :</translation>
    </message>
    <message>
        <source>Missed runs:</source>
        <translation>Exécutions manquées :</translation>
    </message>
    <message>
        <source>last</source>
        <translation>dernières</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>horaires</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>quotidiennes</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>hebdomadaires</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>mensuelles</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>annuelles</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Garder :</translation>
    </message>
    <message>
        <source>Keep all within:</source>
        <translation>Tout garder sur :</translation>
    </message>
    <message>
        <source>Fail the backup when a file changes while it is read</source>
        <translation>Faire échouer la sauvegarde si un fichier change pendant sa lecture</translation>
    </message>
    <message>
        <source>empty: everything; or patterns such as config/*.yml, comma-separated</source>
        <translation>vide : tout ; ou des motifs comme config/*.yml, séparés par des virgules</translation>
    </message>
    <message>
        <source>e.g. *.tmp, cache/, /logs/old-*</source>
        <translation>p. ex. *.tmp, cache/, /logs/old-*</translation>
    </message>
    <message>
        <source>For folders holding a live database: stop the application or back up a snapshot instead (see docs/files.md)</source>
        <translation>Pour les dossiers contenant une base active : arrêtez l’application ou sauvegardez plutôt un instantané (voir docs/files.md)</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Inclure :</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>E&amp;xclure :</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Dossier :</translation>
    </message>
    <message>
        <source>/var/lib/docker/volumes/NAME/_data (a folder)</source>
        <translation>/var/lib/docker/volumes/NOM/_data (un dossier)</translation>
    </message>
</context>
<context>
    <name>lifeboat::JobsPage</name>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Nouvelle tâche</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>&amp;Sauvegarder maintenant</translation>
    </message>
    <message>
        <source>No schedule: this job runs only when started by hand.</source>
        <translation>Pas de planification : cette tâche ne s’exécute que lancée à la main.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (dans %2)</translation>
    </message>
    <message>
        <source>Next runs (%1):</source>
        <translation>Prochaines exécutions (%1) :</translation>
    </message>
    <message>
        <source>Give the job a name (letters, digits, '.', '_' and '-').</source>
        <translation>Donnez un nom à la tâche (lettres, chiffres, '.', '_' et '-').</translation>
    </message>
    <message>
        <source>A job named "%1" exists already; choose another name.</source>
        <translation>Une tâche nommée « %1 » existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The changes are valid; Save writes them to %1 and keeps every other line of the file.</source>
        <translation>Les modifications sont valides ; Enregistrer les écrit dans %1 et garde toutes les autres lignes du fichier.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Choose a job, or make a new one.</source>
        <translation>Choisissez une tâche ou créez-en une.</translation>
    </message>
    <message>
        <source>Open a config to edit its jobs.</source>
        <translation>Ouvrez une configuration pour modifier ses tâches.</translation>
    </message>
    <message>
        <source>Save the changes first</source>
        <translation>Enregistrez d’abord les modifications</translation>
    </message>
    <message>
        <source>Job %1 saved to %2.</source>
        <translation>Tâche %1 enregistrée dans %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::MainWindow</name>
    <message>
        <source>Lifeboat</source>
        <translation>Lifeboat</translation>
    </message>
    <message>
        <source>No usable config</source>
        <translation>Aucune configuration utilisable</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>Configuration : %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the catalog</source>
        <translation><numerusform>%n sauvegarde dans le catalogue</numerusform><numerusform>%n sauvegardes dans le catalogue</numerusform></translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>Sauvegarde de %1…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Backed up %1 (%2) — verification %3.</source>
        <translation>%1 sauvegardée (%2) — vérification : %3.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>non effectuée</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) verified: all passed.</source>
        <translation><numerusform>%n sauvegarde vérifiée : réussie.</numerusform><numerusform>%n sauvegardes vérifiées : toutes réussies.</numerusform></translation>
    </message>
    <message>
        <source>Backup %1 is a failed run and cannot be restored; choose another.</source>
        <translation>La sauvegarde %1 est une exécution échouée et ne peut pas être restaurée ; choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Restored %1 into %2; row counts match the backup.</source>
        <translation>%1 restaurée dans %2 ; les nombres de lignes correspondent à la sauvegarde.</translation>
    </message>
    <message>
        <source>The previous contents were saved first as backup %1.</source>
        <translation>Le contenu précédent a d’abord été sauvegardé sous %1.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Tâches</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Vérification de %1…</translation>
    </message>
    <message>
        <source>Testing repository %1…</source>
        <translation>Test du dépôt %1…</translation>
    </message>
    <message>
        <source>Repository %1 is writable; %2 free.</source>
        <translation>Le dépôt %1 est accessible en écriture ; %2 libres.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>ALERTE</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>Job %1 can run: every check passed (details in the log, Ctrl+L).</source>
        <translation>La tâche %1 peut s’exécuter : toutes les vérifications ont réussi (détails dans le journal, Ctrl+L).</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>erreur : </translation>
    </message>
    <message>
        <source>Recovered %1 into %2: %3 at %4 (LSN %5) after %6 s.</source>
        <translation>%1 restaurée dans %2 : %3 à %4 (LSN %5) après %6 s.</translation>
    </message>
    <message>
        <source>Laid %1 down into %2 with the recovery settings; start it with pg_ctl -D %2 start.</source>
        <translation>%1 déposée dans %2 avec les réglages de restauration ; démarrez-la avec pg_ctl -D %2 start.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Écriture du rapport %1…</translation>
    </message>
    <message>
        <source>Wrote the report to %1 (SHA-256 of its data: %2).</source>
        <translation>Rapport écrit dans %1 (SHA-256 de ses données : %2).</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Exercices</translation>
    </message>
    <message>
        <source>Repository %1 is writable (object storage reports no free space).</source>
        <translation>Le dépôt %1 est accessible en écriture (un stockage objet n’indique pas d’espace libre).</translation>
    </message>
    <message>
        <source>Export / import</source>
        <translation>Export / import</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>Planning the import into %1…</source>
        <translation>Planification de l’import dans %1…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Import dans %1…</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 exporté vers %2.</translation>
    </message>
    <message>
        <source>Jobs page</source>
        <translation>page « Tâches »</translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation>page « Paramètres »</translation>
    </message>
    <message>
        <source>warning: the config change is not in the audit trail: %1</source>
        <translation>avertissement : la modification de configuration n’est pas dans le journal d’audit : %1</translation>
    </message>
    <message>
        <source>saved from the %1</source>
        <translation>enregistré depuis la %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::Operation</name>
    <message>
        <source>Out of memory.</source>
        <translation>Mémoire insuffisante.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Erreur interne : %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
</context>
<context>
    <name>lifeboat::OperationPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Annulation…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 sur %2 éléments</translation>
    </message>
</context>
<context>
    <name>lifeboat::OptionsPage</name>
    <message>
        <source>First create the &amp;roles and tablespaces stored with the backup</source>
        <translation>Créer d’abord les &amp;rôles et tablespaces sauvegardés avec elle</translation>
    </message>
    <message>
        <source>What should be restored?</source>
        <translation>Que faut-il restaurer ?</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Portée</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Tout</translation>
    </message>
    <message>
        <source>&amp;Schema only (no rows)</source>
        <translation>&amp;Schéma seul (aucune ligne)</translation>
    </message>
    <message>
        <source>Only the rows of the &amp;chosen tables (every definition)</source>
        <translation>Seulement les lignes des tables &amp;choisies (toutes les définitions)</translation>
    </message>
    <message>
        <source>Rows &amp;into the existing target's empty tables, in one transaction</source>
        <translation>Lignes &amp;dans les tables vides de la cible existante, en une transaction</translation>
    </message>
    <message>
        <source>Parallel &amp;jobs:</source>
        <translation>&amp;Tâches parallèles :</translation>
    </message>
    <message>
        <source>The rows go into the database named on the previous page; it is refused, changing nothing, if a table is missing or holds rows. Tick none for every table.</source>
        <translation>Les lignes vont dans la base nommée à la page précédente ; c’est refusé, sans rien changer, si une table manque ou contient des lignes. N’en cochez aucune pour toutes les tables.</translation>
    </message>
    <message>
        <source>Tick the tables whose rows you need.</source>
        <translation>Cochez les tables dont vous voulez les lignes.</translation>
    </message>
    <message>
        <source>%1 (rows: %L2)</source>
        <translation>%1 (lignes : %L2)</translation>
    </message>
    <message>
        <source>This backup holds no roles (set globals = true in the job)</source>
        <translation>Cette sauvegarde ne contient pas de rôles (mettez globals = true dans la tâche)</translation>
    </message>
</context>
<context>
    <name>lifeboat::PitrOperation</name>
    <message>
        <source>timeline %1: %2 to %3%4</source>
        <translation>timeline %1 : de %2 à %3%4</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation> (approximatif)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>vide</translation>
    </message>
    <message>
        <source>job "%1" has no base backup to recover timeline %2 from (take one: lifeboat-cli backup %1)</source>
        <translation>la tâche « %1 » n’a aucune sauvegarde de base pour restaurer la timeline %2 (faites-en une : lifeboat-cli backup %1)</translation>
    </message>
    <message>
        <source>--time "%1" is not a time (use ISO 8601, e.g. 2025-01-28T14:25:00 or 2025-01-28T14:25:00Z)</source>
        <translation>--time « %1 » n’est pas une heure (utilisez ISO 8601, p. ex. 2025-01-28T14:25:00 ou 2025-01-28T14:25:00Z)</translation>
    </message>
    <message>
        <source>cannot recover job "%1" to %2: that is before the end of its oldest base backup (%3); recoverable: %4 (choose a time inside it)</source>
        <translation>impossible de restaurer la tâche « %1 » à %2 : c’est avant la fin de sa plus ancienne sauvegarde de base (%3) ; restaurable : %4 (choisissez une heure dans cet intervalle)</translation>
    </message>
    <message>
        <source>cannot recover job "%1" to %2: that is not before the last archived commit (%3), and recovery to a time stops at the first commit after it; recoverable: %4 (choose an earlier time, or wait until the WAL holding it is archived — "lifeboat-cli check %1" forces a WAL switch)</source>
        <translation>impossible de restaurer la tâche « %1 » à %2 : ce n’est pas avant le dernier commit archivé (%3), et une restauration à une heure s’arrête au premier commit qui suit ; restaurable : %4 (choisissez une heure plus tôt, ou attendez que le WAL correspondant soit archivé — « lifeboat-cli check %1 » force une bascule de WAL)</translation>
    </message>
    <message>
        <source>cannot recover job "%1" to %2: the archived WAL has a gap there; recoverable: %3 ("lifeboat-cli recovery-window %1" names the gaps)</source>
        <translation>impossible de restaurer la tâche « %1 » à %2 : le WAL archivé y a un trou ; restaurable : %3 (« lifeboat-cli recovery-window %1 » nomme les trous)</translation>
    </message>
    <message>
        <source>--lsn "%1" is not an LSN (use the form 16/B374D848)</source>
        <translation>--lsn « %1 » n’est pas un LSN (utilisez la forme 16/B374D848)</translation>
    </message>
    <message>
        <source>cannot recover job "%1" to LSN %2: it is outside the WAL that follows its base backups; recoverable: %3 ("lifeboat-cli recovery-window %1")</source>
        <translation>impossible de restaurer la tâche « %1 » au LSN %2 : il est hors du WAL qui suit ses sauvegardes de base ; restaurable : %3 (« lifeboat-cli recovery-window %1 »)</translation>
    </message>
    <message>
        <source>--xid "%1" is not a transaction number</source>
        <translation>--xid « %1 » n’est pas un numéro de transaction</translation>
    </message>
    <message>
        <source>Looking for transaction %1 in the archived WAL</source>
        <translation>Recherche de la transaction %1 dans le WAL archivé</translation>
    </message>
    <message>
        <source>Looking for restore point "%1" in the archived WAL</source>
        <translation>Recherche du point de restauration « %1 » dans le WAL archivé</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>transaction %1 was rolled back at %2, so it is no recovery target (choose a committed transaction)</source>
        <translation>la transaction %1 a été annulée à %2, ce n’est donc pas une cible de restauration (choisissez une transaction validée)</translation>
    </message>
    <message>
        <source>transaction %1 did not commit in the archived WAL of job "%2" after its oldest base backup (check the number; recoverable: %3)</source>
        <translation>la transaction %1 n’a pas été validée dans le WAL archivé de la tâche « %2 » après sa plus ancienne sauvegarde de base (vérifiez le numéro ; restaurable : %3)</translation>
    </message>
    <message>
        <source>restore point "%1" is not in the archived WAL of job "%2" after its oldest base backup (names are case-sensitive; recoverable: %3)</source>
        <translation>le point de restauration « %1 » n’est pas dans le WAL archivé de la tâche « %2 » après sa plus ancienne sauvegarde de base (la casse compte ; restaurable : %3)</translation>
    </message>
    <message>
        <source>the target is before the end of every base backup of job "%1"; recoverable: %2</source>
        <translation>la cible est avant la fin de chaque sauvegarde de base de la tâche « %1 » ; restaurable : %2</translation>
    </message>
    <message>
        <source>Laying down base backup %1 in %2</source>
        <translation>Dépôt de la sauvegarde de base %1 dans %2</translation>
    </message>
    <message>
        <source>base backup %1 does not match its checksum: the artifact is damaged (choose another backup)</source>
        <translation>la sauvegarde de base %1 ne correspond pas à sa somme de contrôle : l’artefact est endommagé (choisissez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>base backup %1 has no backup_label: it is not a pg_basebackup tar (choose another backup)</source>
        <translation>la sauvegarde de base %1 n’a pas de backup_label : ce n’est pas un tar de pg_basebackup (choisissez une autre sauvegarde)</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>impossible d’écrire</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>impossible de créer</translation>
    </message>
    <message>
        <source>cannot hand over to the folder's owner</source>
        <translation>impossible de céder au propriétaire du dossier</translation>
    </message>
    <message>
        <source>Starting PostgreSQL on port %1 and replaying WAL</source>
        <translation>Démarrage de PostgreSQL sur le port %1 et rejeu du WAL</translation>
    </message>
    <message>
        <source>pg_ctl could not start the recovered server: %1 (see %2)</source>
        <translation>pg_ctl n’a pas pu démarrer le serveur restauré : %1 (voir %2)</translation>
    </message>
    <message>
        <source>Cancelled; the recovered server keeps running (stop it with pg_ctl -D %1 stop)</source>
        <translation>Annulé ; le serveur restauré continue de tourner (arrêtez-le avec pg_ctl -D %1 stop)</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>le serveur s’est arrêté</translation>
    </message>
    <message>
        <source>recovery of job "%1" failed: %2 (server log: %3)</source>
        <translation>la restauration de la tâche « %1 » a échoué : %2 (journal du serveur : %3)</translation>
    </message>
    <message>
        <source>job "%1" is of kind "%2": point-in-time recovery needs a postgresql-cluster job</source>
        <translation>la tâche « %1 » est de type « %2 » : la restauration à un instant donné exige une tâche postgresql-cluster</translation>
    </message>
    <message>
        <source>pitr needs --pgdata DIR, an empty or new folder for the recovered cluster</source>
        <translation>pitr exige --pgdata DOSSIER, un dossier vide ou nouveau pour le cluster restauré</translation>
    </message>
    <message>
        <source>--pgdata %1 is a file, not a folder (choose an empty or new folder)</source>
        <translation>--pgdata %1 est un fichier, pas un dossier (choisissez un dossier vide ou nouveau)</translation>
    </message>
    <message>
        <source>--pgdata %1 is not empty: recovery writes a whole data directory and never mixes it with existing files (choose an empty or new folder)</source>
        <translation>--pgdata %1 n’est pas vide : la restauration écrit un répertoire de données complet et ne le mélange jamais avec des fichiers existants (choisissez un dossier vide ou nouveau)</translation>
    </message>
    <message>
        <source>--start needs --port N: the recovered server must not take the production server's port</source>
        <translation>--start exige --port N : le serveur restauré ne doit pas prendre le port du serveur de production</translation>
    </message>
    <message>
        <source>--action must be promote, pause or shutdown</source>
        <translation>--action doit valoir promote, pause ou shutdown</translation>
    </message>
    <message>
        <source>PostgreSQL does not run as root: create the --pgdata folder owned by the server's user first (install -d -o postgres -g postgres -m 700 %1)</source>
        <translation>PostgreSQL ne tourne pas en root : créez d’abord le dossier --pgdata appartenant à l’utilisateur du serveur (install -d -o postgres -g postgres -m 700 %1)</translation>
    </message>
    <message>
        <source>Reading the recovery window</source>
        <translation>Lecture de la fenêtre de restauration</translation>
    </message>
    <message>
        <source>job "%1" has no base backups in repository "%2" (take one: lifeboat-cli backup %1)</source>
        <translation>la tâche « %1 » n’a aucune sauvegarde de base dans le dépôt « %2 » (faites-en une : lifeboat-cli backup %1)</translation>
    </message>
    <message>
        <source>restore_command needs lifeboat-cli, and %1 is not an executable file (install lifeboat-cli beside this program, or set LIFEBOAT_RESTORE_CLI to its path)</source>
        <translation>restore_command a besoin de lifeboat-cli, et %1 n’est pas un fichier exécutable (installez lifeboat-cli à côté de ce programme ou mettez son chemin dans LIFEBOAT_RESTORE_CLI)</translation>
    </message>
    <message>
        <source>job "%1" has no WAL event #%2 ("lifeboat-cli timeline %1 --destructive" lists them)</source>
        <translation>la tâche « %1 » n’a pas d’événement WAL n° %2 (« lifeboat-cli timeline %1 --destructive » les liste)</translation>
    </message>
    <message>
        <source>#%1 %2 of %3 by transaction %4</source>
        <translation>#%1 %2 de %3 par la transaction %4</translation>
    </message>
    <message>
        <source>job %1 into %2, %3: %4</source>
        <translation>tâche %1 vers %2, %3 : %4</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::PitrTimelineLoad</name>
    <message>
        <source>Updating the WAL event index</source>
        <translation>Mise à jour de l’index des événements WAL</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
    <message>
        <source>Reading the recovery window</source>
        <translation>Lecture de la fenêtre de restauration</translation>
    </message>
</context>
<context>
    <name>lifeboat::PitrTimelineView</name>
    <message>
        <source>Recovery timeline</source>
        <translation>Frise de restauration</translation>
    </message>
    <message>
        <source>Click a time to recover to; arrow keys move the pick, Ctrl+arrows go from commit to commit, Page Up/Down from one destructive operation to the next, plus and minus zoom.</source>
        <translation>Cliquez l’instant à restaurer ; les flèches déplacent le choix, Ctrl+flèches vont de commit en commit, Page préc./suiv. d’une opération destructrice à l’autre, plus et moins zooment.</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>commits</translation>
    </message>
    <message>
        <source>events</source>
        <translation>événements</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>sauvegardes</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln commit(s) in this column</source>
        <translation><numerusform>%1 — %Ln commit dans cette colonne</numerusform><numerusform>%1 — %Ln commits dans cette colonne</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 — %Ln commit(s) in view</source>
        <translation><numerusform>%1 à %2 — %Ln commit visible</numerusform><numerusform>%1 à %2 — %Ln commits visibles</numerusform></translation>
    </message>
    <message>
        <source>one by one</source>
        <translation>un par un</translation>
    </message>
    <message>
        <source>peak %L1/h</source>
        <translation>pic %L1/h</translation>
    </message>
    <message>
        <source>timeline %1</source>
        <translation>timeline %1</translation>
    </message>
    <message>
        <source>%1 at %2
%3
transaction %4 — click to recover to just before it</source>
        <translation>%1 à %2
%3
transaction %4 — cliquez pour restaurer juste avant</translation>
    </message>
    <message>
        <source>(relations unknown)</source>
        <translation>(relations inconnues)</translation>
    </message>
</context>
<context>
    <name>lifeboat::PointPage</name>
    <message>
        <source>Stop just &amp;before the target (exclusive)</source>
        <translation>S’arrêter juste &amp;avant la cible (exclusif)</translation>
    </message>
    <message>
        <source>To which moment?</source>
        <translation>À quel instant ?</translation>
    </message>
    <message>
        <source>Click the timeline to pick a time (it snaps to the nearest commit; hold Alt not to snap), or click a red marker to recover to just before that destructive operation. Scroll to zoom, drag to pan.</source>
        <translation>Cliquez la frise pour choisir un instant (il s’aligne sur le commit le plus proche ; maintenez Alt pour l’éviter), ou cliquez un repère rouge pour restaurer juste avant cette opération destructrice. La molette zoome, glisser déplace.</translation>
    </message>
    <message>
        <source>xid, LSN (0/3000060) or restore point name</source>
        <translation>xid, LSN (0/3000060) ou nom du point de restauration</translation>
    </message>
    <message>
        <source>&amp;Picked on the timeline</source>
        <translation>Choisi sur la &amp;frise</translation>
    </message>
    <message>
        <source>The &amp;latest point</source>
        <translation>Le point le plus &amp;récent</translation>
    </message>
    <message>
        <source>End of the base backup</source>
        <translation>Fin de la sauvegarde de base</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Identifiant de transaction</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Point de restauration</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Quoi</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relations</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaction</translation>
    </message>
    <message>
        <source>Destructive operations found in the archived WAL; choose one to recover to just before it</source>
        <translation>Opérations destructrices trouvées dans le WAL archivé ; choisissez-en une pour restaurer juste avant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destructive operations&lt;/b&gt; (from the WAL event index)</source>
        <translation>&lt;b&gt;Opérations destructives&lt;/b&gt; (de l’index des événements WAL)</translation>
    </message>
    <message>
        <source>Reading the recovery window and the WAL event index of %1…</source>
        <translation>Lecture de la fenêtre de restauration et de l’index des événements WAL de %1…</translation>
    </message>
    <message>
        <source>No recoverable range yet: the archived WAL after a base backup holds no commit.</source>
        <translation>Pas encore de plage restaurable : le WAL archivé après une sauvegarde de base ne contient aucun commit.</translation>
    </message>
    <message numerus="yes">
        <source>Recoverable from %1 to %2 (%3), %n base backup(s), %4 destructive operation(s).</source>
        <translation><numerusform>Restaurable de %1 à %2 (%3), %n sauvegarde de base, %4 opération(s) destructrice(s).</numerusform><numerusform>Restaurable de %1 à %2 (%3), %n sauvegardes de base, %4 opération(s) destructrice(s).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) in the archived WAL (red): targets after a gap need a base backup taken after it.</source>
        <translation><numerusform>%n trou dans le WAL archivé (rouge) : une cible après un trou demande une sauvegarde de base prise après lui.</numerusform><numerusform>%n trous dans le WAL archivé (rouge) : une cible après un trou demande une sauvegarde de base prise après lui.</numerusform></translation>
    </message>
    <message>
        <source>(event index not fully updated: %1)</source>
        <translation>(index des événements pas entièrement à jour : %1)</translation>
    </message>
    <message>
        <source>(relations unknown)</source>
        <translation>(relations inconnues)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destructive operations&lt;/b&gt;: none found in the archived WAL after the oldest base backup.</source>
        <translation>&lt;b&gt;Opérations destructrices&lt;/b&gt; : aucune trouvée dans le WAL archivé après la plus ancienne sauvegarde de base.</translation>
    </message>
    <message>
        <source>The target is set below; the recovery plan on the checks page names the base backup used.</source>
        <translation>La cible est définie ci-dessous ; le plan de restauration de la page des vérifications nomme la sauvegarde de base utilisée.</translation>
    </message>
    <message>
        <source>Nothing picked yet.</source>
        <translation>Rien de choisi pour l’instant.</translation>
    </message>
    <message>
        <source>from base backup %1</source>
        <translation>depuis la sauvegarde de base %1</translation>
    </message>
    <message>
        <source>no base backup reaches this time</source>
        <translation>aucune sauvegarde de base n’atteint cet instant</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recover up to and including the commit of transaction %1&lt;/b&gt; at %2, %3.</source>
        <translation>&lt;b&gt;Restaurer jusqu’au commit de la transaction %1 inclus&lt;/b&gt; à %2, %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recover to just before %1&lt;/b&gt; (transaction %2 at %3), %4.</source>
        <translation>&lt;b&gt;Restaurer juste avant %1&lt;/b&gt; (transaction %2 à %3), %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recover to %1&lt;/b&gt;: every transaction committed up to then, %2.</source>
        <translation>&lt;b&gt;Restaurer à %1&lt;/b&gt; : toutes les transactions validées jusque-là, %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::PruneOperation</name>
    <message>
        <source>Applying the retention policy of job %1</source>
        <translation>Application de la politique de rétention de la tâche %1</translation>
    </message>
    <message>
        <source>removed backup %1</source>
        <translation>sauvegarde %1 supprimée</translation>
    </message>
    <message>
        <source>removed by the retention policy of job %1 (started %2, status %3)</source>
        <translation>supprimée par la politique de rétention de la tâche %1 (commencée %2, statut %3)</translation>
    </message>
    <message numerus="yes">
        <source>removed %n archived WAL file(s) older than %1, the start of the oldest kept base backup</source>
        <translation><numerusform>%n fichier WAL archivé antérieur à %1 (début de la plus ancienne sauvegarde de base conservée) supprimé</numerusform><numerusform>%n fichiers WAL archivés antérieurs à %1 (début de la plus ancienne sauvegarde de base conservée) supprimés</numerusform></translation>
    </message>
    <message>
        <source>removed backup %1 from repository %2</source>
        <translation>sauvegarde %1 supprimée du dépôt %2</translation>
    </message>
    <message>
        <source>copy in repository %1 removed by the retention policy of job %2</source>
        <translation>copie dans le dépôt %1 supprimée par la politique de rétention de la tâche %2</translation>
    </message>
</context>
<context>
    <name>lifeboat::RecoveryTargetPage</name>
    <message>
        <source>&amp;Start a scratch PostgreSQL server on the recovered folder, on port</source>
        <translation>&amp;Démarrer un serveur PostgreSQL jetable sur le dossier restauré, sur le port</translation>
    </message>
    <message>
        <source>Keep archiving on in the copy (only for a copy that replaces production)</source>
        <translation>Garder l’archivage actif dans la copie (seulement pour une copie qui remplace la production)</translation>
    </message>
    <message>
        <source>Where should the recovered cluster go?</source>
        <translation>Où mettre le cluster restauré ?</translation>
    </message>
    <message>
        <source>Recovery never touches the running server: the base backup is laid down into an empty folder and the archived WAL replayed there.</source>
        <translation>La restauration ne touche jamais le serveur en marche : la sauvegarde de base est déposée dans un dossier vide et le WAL archivé y est rejoué.</translation>
    </message>
    <message>
        <source>An empty or new folder: recovery never mixes with existing files</source>
        <translation>Un dossier vide ou nouveau : la restauration ne se mélange jamais à des fichiers existants</translation>
    </message>
    <message>
        <source>promote: open it for writes</source>
        <translation>promote : l’ouvrir en écriture</translation>
    </message>
    <message>
        <source>pause: stay read-only to inspect</source>
        <translation>pause : rester en lecture seule pour inspecter</translation>
    </message>
    <message>
        <source>shutdown: stop at the target</source>
        <translation>shutdown : s’arrêter à la cible</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>Dans le &amp;dossier :</translation>
    </message>
    <message>
        <source>At the target:</source>
        <translation>À la cible :</translation>
    </message>
</context>
<context>
    <name>lifeboat::ReportOperation</name>
    <message>
        <source>report needs one of rto-rpo, inventory or compliance</source>
        <translation>report exige rto-rpo, inventory ou compliance</translation>
    </message>
    <message>
        <source>report needs --format html, pdf, csv or json</source>
        <translation>report exige --format html, pdf, csv ou json</translation>
    </message>
    <message>
        <source>report needs --output FILE</source>
        <translation>report exige --output FICHIER</translation>
    </message>
    <message>
        <source>Gathering the %1 report</source>
        <translation>Collecte du rapport %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Écriture de %1</translation>
    </message>
    <message>
        <source>%1 report (%2), data SHA-256 %3</source>
        <translation>rapport %1 (%2), SHA-256 des données %3</translation>
    </message>
</context>
<context>
    <name>lifeboat::ReportsPage</name>
    <message>
        <source>Preview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>RTO and RPO of drills</source>
        <translation>RTO et RPO des exercices</translation>
    </message>
    <message>
        <source>Backup inventory</source>
        <translation>Inventaire des sauvegardes</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>HTML</source>
        <translation>HTML</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Start of the period (UTC midnight); the period ends now.</source>
        <translation>Début de la période (minuit UTC) ; la période se termine maintenant.</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Rapport :</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Depuis :</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exporter en :</translation>
    </message>
    <message>
        <source>Open a config to see its reports.</source>
        <translation>Ouvrez une configuration pour voir ses rapports.</translation>
    </message>
    <message>
        <source>SHA-256 of the data section: %1</source>
        <translation>SHA-256 de la section des données : %1</translation>
    </message>
    <message>
        <source> (first %1 of %2 rows; the export has all)</source>
        <translation> (%1 premières lignes sur %2 ; l’export les contient toutes)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Exporter le rapport</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>lifeboat::RepositoryCheckOperation</name>
    <message>
        <source>Testing repository %1</source>
        <translation>Test du dépôt %1</translation>
    </message>
    <message>
        <source>no job uses repository "%1" yet: point a job's repository or copy_to at it, then test it</source>
        <translation>aucune tâche n’utilise encore le dépôt « %1 » : pointez le repository ou copy_to d’une tâche vers lui, puis testez-le</translation>
    </message>
</context>
<context>
    <name>lifeboat::RestoreOperation</name>
    <message>
        <source>backup %1 is a failed run (%2); choose another backup (see "lifeboat-cli list")</source>
        <translation>la sauvegarde %1 est une exécution échouée (%2) ; choisissez une autre sauvegarde (voir « lifeboat-cli list »)</translation>
    </message>
    <message>
        <source>job "%1" of backup %2 is not in the config (add it back with its keys to restore)</source>
        <translation>la tâche « %1 » de la sauvegarde %2 n’est pas dans la configuration (rajoutez-la avec ses clés pour restaurer)</translation>
    </message>
    <message>
        <source>%1 already exists (restore to a new file with --to, or pass --overwrite: a safety backup of it is taken first)</source>
        <translation>%1 existe déjà (restaurez dans un nouveau fichier avec --to, ou passez --overwrite : il est d’abord sauvegardé)</translation>
    </message>
    <message>
        <source>folder %1 does not exist (create it or choose another --to)</source>
        <translation>le dossier %1 n’existe pas (créez-le ou choisissez un autre --to)</translation>
    </message>
    <message>
        <source>Checking %1 before restoring</source>
        <translation>Vérification de %1 avant restauration</translation>
    </message>
    <message>
        <source>check %1 (done: checksum matches)</source>
        <translation>vérifier %1 (fait : la somme de contrôle correspond)</translation>
    </message>
    <message>
        <source>decode into %1.lifeboat.partial, check integrity and row counts</source>
        <translation>décoder dans %1.lifeboat.partial, vérifier l’intégrité et le nombre de lignes</translation>
    </message>
    <message>
        <source>take a safety backup of %1 into repository "%2"</source>
        <translation>sauvegarder %1 par précaution dans le dépôt « %2 »</translation>
    </message>
    <message>
        <source>replace %1 in one rename</source>
        <translation>remplacer %1 en un seul renommage</translation>
    </message>
    <message>
        <source>rename into %1</source>
        <translation>renommer en %1</translation>
    </message>
    <message>
        <source>Decoding into %1</source>
        <translation>Décodage dans %1</translation>
    </message>
    <message>
        <source>Checking the restored database</source>
        <translation>Vérification de la base restaurée</translation>
    </message>
    <message>
        <source>Taking a safety backup of %1</source>
        <translation>Sauvegarde de précaution de %1</translation>
    </message>
    <message>
        <source>safety copy before restoring %1</source>
        <translation>copie de précaution avant la restauration de %1</translation>
    </message>
    <message>
        <source>the safety backup of %1 failed, so nothing was replaced: %2</source>
        <translation>la sauvegarde de précaution de %1 a échoué, rien n’a donc été remplacé : %2</translation>
    </message>
    <message>
        <source>cannot rename into</source>
        <translation>impossible de renommer en</translation>
    </message>
    <message>
        <source>database %1 already exists (restore into a new one with --to NAME, or pass --overwrite: a safety backup of it is taken first)</source>
        <translation>la base %1 existe déjà (restaurez dans une nouvelle avec --to NOM, ou passez --overwrite : elle est d’abord sauvegardée)</translation>
    </message>
    <message>
        <source>database %1 has %2 other session(s) (stop the application, or pass --terminate-connections)</source>
        <translation>la base %1 a %2 autre(s) session(s) (arrêtez l’application ou passez --terminate-connections)</translation>
    </message>
    <message>
        <source>check %1 (checksum)</source>
        <translation>vérifier %1 (somme de contrôle)</translation>
    </message>
    <message>
        <source>create database %1 and restore into it, then compare row counts with the backup</source>
        <translation>créer la base %1, y restaurer, puis comparer le nombre de lignes avec la sauvegarde</translation>
    </message>
    <message>
        <source>take a safety backup of database %1 into repository "%2"</source>
        <translation>sauvegarder la base %1 par précaution dans le dépôt « %2 »</translation>
    </message>
    <message>
        <source>swap names in one transaction: %1 becomes %2; drop the old database</source>
        <translation>échanger les noms en une transaction : %1 devient %2 ; supprimer l’ancienne base</translation>
    </message>
    <message>
        <source>Taking a safety backup of database %1</source>
        <translation>Sauvegarde de précaution de la base %1</translation>
    </message>
    <message>
        <source>the safety backup of database %1 failed, so nothing was replaced: %2</source>
        <translation>la sauvegarde de précaution de la base %1 a échoué, rien n’a donc été remplacé : %2</translation>
    </message>
    <message>
        <source>Swapping %1 into place</source>
        <translation>Mise en place de %1</translation>
    </message>
    <message>
        <source>could not swap the restored database into place, %1 is unchanged: %2</source>
        <translation>impossible de mettre la base restaurée en place, %1 est inchangée : %2</translation>
    </message>
    <message>
        <source>--tables, --schema-only, --data-only and --with-globals apply to PostgreSQL backups; %1 is a %2 backup</source>
        <translation>--tables, --schema-only, --data-only et --with-globals s’appliquent aux sauvegardes PostgreSQL ; %1 est une sauvegarde %2</translation>
    </message>
    <message>
        <source>create the roles and tablespaces stored with the backup (existing ones are kept)</source>
        <translation>créer les rôles et tablespaces sauvegardés avec elle (ceux qui existent sont gardés)</translation>
    </message>
    <message>
        <source>backup %1 holds no roles and tablespaces (set globals = true in job "%2" for later backups)</source>
        <translation>la sauvegarde %1 ne contient ni rôles ni tablespaces (mettez globals = true dans la tâche « %2 » pour les suivantes)</translation>
    </message>
    <message>
        <source>--data-only loads rows into an existing database: name it with --to (restore its schema first with --schema-only)</source>
        <translation>--data-only charge des lignes dans une base existante : nommez-la avec --to (restaurez d’abord son schéma avec --schema-only)</translation>
    </message>
    <message>
        <source>--data-only adds rows to empty tables and replaces nothing: leave out --overwrite</source>
        <translation>--data-only ajoute des lignes à des tables vides et ne remplace rien : retirez --overwrite</translation>
    </message>
    <message>
        <source>load the rows of %1 into database %2 in one transaction, then compare row counts with the backup</source>
        <translation>charger les lignes de %1 dans la base %2 en une transaction, puis comparer les nombres de lignes avec la sauvegarde</translation>
    </message>
    <message>
        <source>every table</source>
        <translation>toutes les tables</translation>
    </message>
    <message>
        <source>%1 is a base backup: lay it down with "lifeboat-cli pitr %2 --pgdata DIR --immediate" (or another target to replay archived WAL)</source>
        <translation>%1 est une sauvegarde de base : déposez-la avec « lifeboat-cli pitr %2 --pgdata DIR --immediate » (ou une autre cible pour rejouer les WAL archivés)</translation>
    </message>
    <message>
        <source>%1 already exists (choose another --to, or pass --overwrite)</source>
        <translation>%1 existe déjà (choisissez un autre --to ou passez --overwrite)</translation>
    </message>
    <message>
        <source>decode %1 into %2</source>
        <translation>décoder %1 dans %2</translation>
    </message>
    <message>
        <source>then import it with "lifeboat-cli import %1 %2 --dry-run"</source>
        <translation>puis importez-le avec « lifeboat-cli import %1 %2 --dry-run »</translation>
    </message>
    <message>
        <source>Decoding %1</source>
        <translation>Décodage de %1</translation>
    </message>
    <message>
        <source>into %1%2: %3</source>
        <translation>vers %1%2 : %3</translation>
    </message>
    <message>
        <source> (replaced; safety backup %1)</source>
        <translation> (remplacée ; sauvegarde de sécurité %1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>échec : %1</translation>
    </message>
    <message>
        <source>removed %1, left by an aborted restore</source>
        <translation>%1 supprimé, laissé par une restauration interrompue</translation>
    </message>
    <message>
        <source>another restore into %1 is running (%2 is being written): wait for it to finish</source>
        <translation>une autre restauration vers %1 est en cours (%2 est en cours d’écriture) : attendez qu’elle se termine</translation>
    </message>
    <message>
        <source>%1 already exists (restore into a new folder with --to, or pass --overwrite: a safety backup of it is taken first)</source>
        <translation>%1 existe déjà (restaurez dans un nouveau dossier avec --to, ou passez --overwrite : une sauvegarde de sécurité en est faite d’abord)</translation>
    </message>
    <message>
        <source>%1 is not a folder, so a folder backup cannot replace it (choose another --to)</source>
        <translation>%1 n’est pas un dossier, une sauvegarde de dossier ne peut donc pas le remplacer (choisissez un autre --to)</translation>
    </message>
    <message>
        <source>unpack %1 files into %2, refusing absolute paths, "..", device files and links leading outside, and check every file against the manifest</source>
        <translation>décompresser %1 fichiers dans %2 en refusant chemins absolus, « .. », fichiers de périphérique et liens sortants, et vérifier chaque fichier par rapport au manifeste</translation>
    </message>
    <message>
        <source>swap the folders in one rename, then remove the old one</source>
        <translation>échanger les dossiers en un seul renommage, puis supprimer l’ancien</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>impossible de créer</translation>
    </message>
    <message>
        <source>Unpacking into %1</source>
        <translation>Décompression dans %1</translation>
    </message>
    <message>
        <source>warning: the replaced folder is at %1; remove it by hand</source>
        <translation>avertissement : le dossier remplacé se trouve dans %1 ; supprimez-le à la main</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>warning: %1 more attributes could not be restored</source>
        <translation>avertissement : %1 attributs de plus n’ont pas pu être restaurés</translation>
    </message>
    <message>
        <source>restored %1 files (%2 bytes); every one matched its SHA-256 in the manifest</source>
        <translation>%1 fichiers restaurés (%2 octets) ; chacun correspondait à son SHA-256 dans le manifeste</translation>
    </message>
    <message>
        <source>backup %1 has kind "%2", which this version of Lifeboat does not know (its sidecar may be damaged: run "lifeboat-cli verify %1")</source>
        <translation>la sauvegarde %1 est de type « %2 », inconnu de cette version de Lifeboat (son fichier sidecar est peut-être endommagé : lancez « lifeboat-cli verify %1 »)</translation>
    </message>
</context>
<context>
    <name>lifeboat::RestorePrecheckOperation</name>
    <message>
        <source>Planning the restore</source>
        <translation>Planification de la restauration</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Plan de restauration</translation>
    </message>
    <message>
        <source>base backup %1, then WAL up to %2</source>
        <translation>sauvegarde de base %1, puis WAL jusqu’à %2</translation>
    </message>
    <message>
        <source>the latest archived point</source>
        <translation>le dernier point archivé</translation>
    </message>
    <message>
        <source>lay down base backup %1 into %2</source>
        <translation>déposer la sauvegarde de base %1 dans %2</translation>
    </message>
    <message>
        <source>replay archived WAL: %1</source>
        <translation>rejouer le WAL archivé : %1</translation>
    </message>
    <message>
        <source>to the latest archived point</source>
        <translation>jusqu’au dernier point archivé</translation>
    </message>
    <message>
        <source>start the recovered server on port %1 and follow the replay</source>
        <translation>démarrer le serveur restauré sur le port %1 et suivre le rejeu</translation>
    </message>
    <message>
        <source>Target and connection</source>
        <translation>Cible et connexion</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>joignable</translation>
    </message>
    <message>
        <source>%1 can be restored into</source>
        <translation>%1 peut recevoir la restauration</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sauvegarde</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Tâche</translation>
    </message>
    <message>
        <source>checks cancelled</source>
        <translation>vérifications annulées</translation>
    </message>
    <message>
        <source>Decryption key</source>
        <translation>Clé de déchiffrement</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>non chiffrée</translation>
    </message>
    <message>
        <source>available for %1</source>
        <translation>disponible pour %1</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Somme de contrôle</translation>
    </message>
    <message>
        <source>Checking the checksum of %1</source>
        <translation>Vérification de la somme de contrôle de %1</translation>
    </message>
    <message>
        <source>%1 (%2) matches its SHA-256</source>
        <translation>%1 (%2) correspond à son SHA-256</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Espace libre</translation>
    </message>
    <message>
        <source>could not measure the free space at %1</source>
        <translation>impossible de mesurer l’espace libre sur %1</translation>
    </message>
    <message>
        <source>%1 free at %2 (the backup does not record the size of %3)</source>
        <translation>%1 libres sur %2 (la sauvegarde n’indique pas la taille de %3)</translation>
    </message>
    <message>
        <source>%1 needs about %2 but only %3 is free at %4 (free space there or choose another place)</source>
        <translation>%1 demande environ %2 mais seuls %3 sont libres sur %4 (libérez de la place ou choisissez un autre endroit)</translation>
    </message>
    <message>
        <source>%1 free at %2; %3 needs about %4</source>
        <translation>%1 libres sur %2 ; %3 demande environ %4</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versions</translation>
    </message>
    <message>
        <source>SQLite %1 wrote it; any SQLite 3 reads it</source>
        <translation>Écrite par SQLite %1 ; tout SQLite 3 la lit</translation>
    </message>
    <message>
        <source>the restored file</source>
        <translation>le fichier restauré</translation>
    </message>
    <message>
        <source>the backup comes from PostgreSQL %1 but the target server runs %2 (restore into a server of release %1 or newer)</source>
        <translation>la sauvegarde vient de PostgreSQL %1 mais le serveur cible exécute %2 (restaurez dans un serveur de version %1 ou plus récente)</translation>
    </message>
    <message>
        <source>backup from PostgreSQL %1, target server %2, %3</source>
        <translation>sauvegarde de PostgreSQL %1, serveur cible %2, %3</translation>
    </message>
    <message>
        <source>backup from PostgreSQL %1; the target server's release could not be read</source>
        <translation>sauvegarde de PostgreSQL %1 ; la version du serveur cible n’a pas pu être lue</translation>
    </message>
    <message>
        <source>measured on the server only; the database held %1 when it was backed up</source>
        <translation>mesurable seulement sur le serveur ; la base faisait %1 à la sauvegarde</translation>
    </message>
    <message>
        <source>base backup of PostgreSQL %1; %2 is here</source>
        <translation>sauvegarde de base de PostgreSQL %1 ; %2 est présent</translation>
    </message>
    <message>
        <source>the recovered cluster</source>
        <translation>le cluster restauré</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>port %1 is free for the recovered server</source>
        <translation>le port %1 est libre pour le serveur restauré</translation>
    </message>
    <message>
        <source>port %1 is in use (choose another port)</source>
        <translation>le port %1 est occupé (choisissez un autre port)</translation>
    </message>
    <message>
        <source>a pax tar archive; Lifeboat, GNU tar and bsdtar read it</source>
        <translation>une archive tar pax ; Lifeboat, GNU tar et bsdtar la lisent</translation>
    </message>
    <message>
        <source>the restored folder</source>
        <translation>le dossier restauré</translation>
    </message>
</context>
<context>
    <name>lifeboat::RestoreWizard</name>
    <message>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
    <message>
        <source>&amp;Restore now</source>
        <translation>&amp;Restaurer maintenant</translation>
    </message>
    <message>
        <source>Cancel the restore?</source>
        <translation>Annuler la restauration ?</translation>
    </message>
    <message>
        <source>The restore is still running. Cancel it? What it created so far is removed; nothing existing is changed.</source>
        <translation>La restauration est en cours. L’annuler ? Ce qu’elle a créé est supprimé ; rien d’existant ne change.</translation>
    </message>
</context>
<context>
    <name>lifeboat::RunPage</name>
    <message>
        <source>&amp;Cancel the restore</source>
        <translation>&amp;Annuler la restauration</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Restauration</translation>
    </message>
    <message>
        <source>Recovering %1 into %2.</source>
        <translation>Restauration de %1 dans %2.</translation>
    </message>
    <message>
        <source>Restoring %1.</source>
        <translation>Restauration de %1.</translation>
    </message>
    <message>
        <source>Cancelling: the restore stops at the next safe point and removes what it created…</source>
        <translation>Annulation : la restauration s’arrête au prochain point sûr et supprime ce qu’elle a créé…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Terminé en %1 s.</translation>
    </message>
</context>
<context>
    <name>lifeboat::RunScheduleOperation</name>
    <message>
        <source>Waiting for the next scheduled run at %1</source>
        <translation>Attente de la prochaine exécution planifiée à %1</translation>
    </message>
    <message>
        <source>Nothing is scheduled; waiting for a config reload (SIGHUP)</source>
        <translation>Rien n’est planifié ; attente d’un rechargement de la configuration (SIGHUP)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>config not reloaded, the old one stays in force: %1</source>
        <translation>configuration non rechargée, l’ancienne reste en vigueur : %1</translation>
    </message>
    <message>
        <source>config reloaded from %1</source>
        <translation>configuration rechargée depuis %1</translation>
    </message>
    <message>
        <source>the run of %1 was not recorded in the catalog: %2</source>
        <translation>l’exécution de %1 n’a pas été enregistrée dans le catalogue : %2</translation>
    </message>
    <message>
        <source>due at %1 and more than an hour late; missed = "skip" waits for the next scheduled time</source>
        <translation>prévue à %1 et en retard de plus d’une heure ; missed = "skip" attend la prochaine heure planifiée</translation>
    </message>
    <message numerus="yes">
        <source>job %1: %n missed run(s) before %2 caught up by this one</source>
        <translation><numerusform>tâche %1 : %n exécution manquée avant %2 rattrapée par celle-ci</numerusform><numerusform>tâche %1 : %n exécutions manquées avant %2 rattrapées par celle-ci</numerusform></translation>
    </message>
    <message>
        <source>Backing up %1 (%2, due %3)</source>
        <translation>Sauvegarde de %1 (%2, prévue %3)</translation>
    </message>
    <message>
        <source>backup %1 is stored, but applying the retention policy failed: %2</source>
        <translation>la sauvegarde %1 est stockée, mais l’application de la politique de rétention a échoué : %2</translation>
    </message>
    <message>
        <source>Scanning repository %1 against the sidecar checksums</source>
        <translation>Analyse du dépôt %1 par rapport aux sommes de contrôle des métadonnées</translation>
    </message>
    <message>
        <source>%1 of %2 backups failed the checksum; first: %3</source>
        <translation>%1 sauvegardes sur %2 échouent à la somme de contrôle ; première : %3</translation>
    </message>
    <message>
        <source> (nothing was pruned)</source>
        <translation> (rien n’a été supprimé)</translation>
    </message>
    <message>
        <source>--metrics-listen needs --daemon: a single pass ends before anyone scrapes it (use lifeboat-cli metrics --textfile)</source>
        <translation>--metrics-listen exige --daemon : un passage unique se termine avant toute collecte (utilisez lifeboat-cli metrics --textfile)</translation>
    </message>
    <message>
        <source>serving metrics on http://%1/metrics</source>
        <translation>métriques servies sur http://%1/metrics</translation>
    </message>
    <message>
        <source>WAL event index of job %1 not updated: %2</source>
        <translation>Index des événements WAL de la tâche %1 non mis à jour : %2</translation>
    </message>
    <message numerus="yes">
        <source>WAL event index of job %1: %n new segment(s), %2 commits, %3 destructive event(s)</source>
        <translation><numerusform>Index des événements WAL de la tâche %1 : %n nouveau segment, %2 validations, %3 événements destructifs</numerusform><numerusform>Index des événements WAL de la tâche %1 : %n nouveaux segments, %2 validations, %3 événements destructifs</numerusform></translation>
    </message>
    <message>
        <source>WAL event index of job %1: %2</source>
        <translation>Index des événements WAL de la tâche %1 : %2</translation>
    </message>
    <message>
        <source>Running drill %1 (%2)</source>
        <translation>Exécution de l’exercice %1 (%2)</translation>
    </message>
    <message>
        <source>drill %1 failed at %2</source>
        <translation>l’exercice %1 a échoué à %2</translation>
    </message>
    <message>
        <source>scan of repository %1</source>
        <translation>analyse du dépôt %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 de %2</translation>
    </message>
    <message>
        <source>%1 missed its scheduled time</source>
        <translation>%1 a manqué son heure prévue</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran late, catching up %n missed run(s)</source>
        <translation><numerusform>%1 a tourné en retard, rattrapant %n exécution manquée</numerusform><numerusform>%1 a tourné en retard, rattrapant %n exécutions manquées</numerusform></translation>
    </message>
    <message>
        <source>%1 found damaged data</source>
        <translation>%1 a trouvé des données endommagées</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 a échoué</translation>
    </message>
    <message>
        <source>repository %1 has %2% free space left</source>
        <translation>le dépôt %1 n’a plus que %2 % d’espace libre</translation>
    </message>
    <message>
        <source>%1 free of %2 under %3; prune (lifeboat-cli prune --dry-run shows what would go) or add space</source>
        <translation>%1 libres sur %2 sous %3 ; purgez (lifeboat-cli prune --dry-run montre ce qui partirait) ou ajoutez de la place</translation>
    </message>
    <message>
        <source>another scheduler pass backed %1 up meanwhile (at %2)</source>
        <translation>un autre passage du planificateur a sauvegardé %1 entre-temps (à %2)</translation>
    </message>
</context>
<context>
    <name>lifeboat::SettingsPage</name>
    <message>
        <source>&amp;Test repository</source>
        <translation>&amp;Tester le dépôt</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Annuler les modifications</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Catalogue</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>The index of every backup. &lt;tt&gt;sqlite://PATH&lt;/tt&gt; on one machine (relative paths are relative to the config file); &lt;tt&gt;postgresql://user@host/db&lt;/tt&gt; for a team sharing one catalog. It can always be rebuilt from the repositories with &lt;tt&gt;lifeboat-cli catalog rebuild&lt;/tt&gt;.</source>
        <translation>L’index de toutes les sauvegardes. &lt;tt&gt;sqlite://CHEMIN&lt;/tt&gt; sur une machine (chemins relatifs au fichier de configuration) ; &lt;tt&gt;postgresql://user@host/db&lt;/tt&gt; pour une équipe partageant un catalogue. Il se reconstruit toujours depuis les dépôts avec &lt;tt&gt;lifeboat-cli catalog rebuild&lt;/tt&gt;.</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Dépôts</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Integrity scan (cron)</source>
        <translation>Analyse d’intégrité (cron)</translation>
    </message>
    <message>
        <source>Edit a folder or scan schedule in place. New repositories are added in the config file (&lt;tt&gt;[repositories.NAME]&lt;/tt&gt;).</source>
        <translation>Modifiez un dossier ou une planification d’analyse sur place. Les nouveaux dépôts s’ajoutent dans le fichier de configuration (&lt;tt&gt;[repositories.NAME]&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Secrets</translation>
    </message>
    <message>
        <source>Passwords and passphrases are never written into the config, a log, a sidecar or a report. A job names a file that holds one (&lt;tt&gt;password_file&lt;/tt&gt;, &lt;tt&gt;passphrase_file&lt;/tt&gt;; keep it 0600), or PostgreSQL reads &lt;tt&gt;PGPASSWORD&lt;/tt&gt; from the environment; any value may be &lt;tt&gt;${VARIABLE}&lt;/tt&gt;. With public-key encryption (recipients) a database host holds no secret that opens its backups.</source>
        <translation>Les mots de passe et phrases secrètes ne sont jamais écrits dans la configuration, un journal, des métadonnées ou un rapport. Une tâche désigne un fichier qui les contient (&lt;tt&gt;password_file&lt;/tt&gt;, &lt;tt&gt;passphrase_file&lt;/tt&gt; ; gardez-le en 0600), ou PostgreSQL lit &lt;tt&gt;PGPASSWORD&lt;/tt&gt; dans l’environnement ; toute valeur peut être &lt;tt&gt;${VARIABLE}&lt;/tt&gt;. Avec le chiffrement à clé publique (recipients), un hôte de base de données ne détient aucun secret qui ouvre ses sauvegardes.</translation>
    </message>
    <message>
        <source>The changes are valid; Save writes them and keeps every other line of the file.</source>
        <translation>Les modifications sont valides ; Enregistrer les écrit et garde toutes les autres lignes du fichier.</translation>
    </message>
    <message>
        <source>Settings saved to %1.</source>
        <translation>Paramètres enregistrés dans %1.</translation>
    </message>
    <message>
        <source>Store in the &amp;keychain</source>
        <translation>Ranger dans le &amp;trousseau</translation>
    </message>
    <message>
        <source>Save to a &amp;file instead</source>
        <translation>Enregistrer plutôt dans un &amp;fichier</translation>
    </message>
    <message>
        <source>the password or passphrase</source>
        <translation>le mot de passe ou la phrase secrète</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>Mot de passe PostgreSQL</translation>
    </message>
    <message>
        <source>Encryption passphrase</source>
        <translation>Phrase secrète de chiffrement</translation>
    </message>
    <message>
        <source>Writes the secret into a 0600 file beside the config and points the job at it; what cron, timers and the command line use</source>
        <translation>Écrit le secret dans un fichier 0600 à côté de la configuration et y renvoie la tâche ; c’est ce qu’utilisent cron, les minuteries et la ligne de commande</translation>
    </message>
    <message>
        <source>The desktop app can keep a job's secret in this desktop's keychain (GNOME Keyring, KWallet) instead: the config then only says &lt;tt&gt;secret_store = "keychain"&lt;/tt&gt;. Runs outside the desktop app cannot read the keychain; give those a file. When no keychain service runs, save the secret to a file.</source>
        <translation>L’application de bureau peut garder le secret d’une tâche dans le trousseau de ce bureau (GNOME Keyring, KWallet) : la configuration indique alors seulement &lt;tt&gt;secret_store = "keychain"&lt;/tt&gt;. Les exécutions hors de l’application ne peuvent pas lire le trousseau ; donnez-leur un fichier. Si aucun service de trousseau ne tourne, enregistrez le secret dans un fichier.</translation>
    </message>
    <message>
        <source>The secret of job %1 is in the keychain; the config only says secret_store = "keychain". Cron, timers and the command line cannot read it: give them a file.</source>
        <translation>Le secret de la tâche %1 est dans le trousseau ; la configuration indique seulement secret_store = "keychain". Cron, les minuteries et la ligne de commande ne peuvent pas le lire : donnez-leur un fichier.</translation>
    </message>
    <message>
        <source>The secret of job %1 is in %2 (readable by you only); the config names the file, not the secret.</source>
        <translation>Le secret de la tâche %1 est dans %2 (lisible par vous seul) ; la configuration nomme le fichier, pas le secret.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Valeur du système (%1)</translation>
    </message>
    <message>
        <source>The desktop app's language; the command line follows the system locale (LANG).</source>
        <translation>La langue de l’application de bureau ; la ligne de commande suit la langue du système (LANG).</translation>
    </message>
    <message>
        <source>Saved: Lifeboat shows %1 from its next start.</source>
        <translation>Enregistré : Lifeboat s’affichera en %1 au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>lifeboat::SourcePage</name>
    <message>
        <source>Which backup?</source>
        <translation>Quelle sauvegarde ?</translation>
    </message>
    <message>
        <source>Choose the backup to restore. A base backup of a cluster leads to point-in-time recovery: you then pick the moment.</source>
        <translation>Choisissez la sauvegarde à restaurer. Une sauvegarde de base d’un cluster mène à la restauration à un instant donné : vous choisissez ensuite le moment.</translation>
    </message>
    <message>
        <source>The catalog holds no successful backup yet.</source>
        <translation>Le catalogue ne contient encore aucune sauvegarde réussie.</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Choisissez une sauvegarde.</translation>
    </message>
    <message>
        <source>Base backup of cluster job %1: next you choose the point in time; Lifeboat uses the newest base backup that ended before it.</source>
        <translation>Sauvegarde de base de la tâche de cluster %1 : vous choisissez ensuite l’instant ; Lifeboat prend la plus récente sauvegarde de base terminée avant.</translation>
    </message>
    <message>
        <source>Database dump of job %1 (%2): next you choose the target database and what to restore.</source>
        <translation>Dump de base de la tâche %1 (%2) : vous choisissez ensuite la base cible et ce qu’il faut restaurer.</translation>
    </message>
    <message>
        <source>SQLite backup of job %1 (%2): next you choose the target file.</source>
        <translation>Sauvegarde SQLite de la tâche %1 (%2) : vous choisissez ensuite le fichier cible.</translation>
    </message>
    <message>
        <source>Folder backup of job %1 (%2 files, %3): next you choose the target folder.</source>
        <translation>Sauvegarde de dossier de la tâche %1 (%2 fichiers, %3) : vous choisissez ensuite le dossier cible.</translation>
    </message>
</context>
<context>
    <name>lifeboat::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Table</translation>
    </message>
    <message>
        <source>Rows restored (equal to the backup's)</source>
        <translation>Lignes restaurées (égales à celles de la sauvegarde)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt; (select and copy):</source>
        <translation>&lt;b&gt;Et ensuite&lt;/b&gt; (sélectionnez et copiez) :</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>Annulée après %1 s.</translation>
    </message>
    <message>
        <source>The restore failed after %1 s.</source>
        <translation>La restauration a échoué après %1 s.</translation>
    </message>
    <message>
        <source>Nothing existing was changed; what the restore had created was removed.</source>
        <translation>Rien d’existant n’a changé ; ce que la restauration avait créé a été supprimé.</translation>
    </message>
    <message>
        <source>Fix the cause named above, then run the wizard again.</source>
        <translation>Corrigez la cause indiquée ci-dessus, puis relancez l’assistant.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovered in %1 s&lt;/b&gt; from base backup %2 into %3 (laid down in %4 s).</source>
        <translation>&lt;b&gt;Restauré en %1 s&lt;/b&gt; depuis la sauvegarde de base %2 dans %3 (déposée en %4 s).</translation>
    </message>
    <message>
        <source>The server is %1; it reached %2 (LSN %3) after %4 s of replay.</source>
        <translation>Le serveur est %1 ; il a atteint %2 (LSN %3) après %4 s de rejeu.</translation>
    </message>
    <message>
        <source>Stopped just before: %1</source>
        <translation>Arrêtée juste avant : %1</translation>
    </message>
    <message>
        <source>Connect to the recovered copy:</source>
        <translation>Se connecter à la copie restaurée :</translation>
    </message>
    <message>
        <source>Copy what was lost back into production (check the production connection first):</source>
        <translation>Recopier ce qui a été perdu en production (vérifiez d’abord la connexion de production) :</translation>
    </message>
    <message>
        <source>Stop the copy when done (as the postgres user):</source>
        <translation>Arrêter la copie ensuite (en tant qu’utilisateur postgres) :</translation>
    </message>
    <message>
        <source>Start the recovered copy on a free port (as the postgres user):</source>
        <translation>Démarrer la copie restaurée sur un port libre (en tant qu’utilisateur postgres) :</translation>
    </message>
    <message>
        <source>To make it the new production server, stop the old one, point the data directory (or the service) at %1, and take a new base backup.</source>
        <translation>Pour en faire le nouveau serveur de production : arrêtez l’ancien, pointez le répertoire de données (ou le service) sur %1 et prenez une nouvelle sauvegarde de base.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restored in %1 s&lt;/b&gt;: backup %2 into %3; the row counts of every table match the backup.</source>
        <translation>&lt;b&gt;Restauré en %1 s&lt;/b&gt; : sauvegarde %2 dans %3 ; le nombre de lignes de chaque table correspond à la sauvegarde.</translation>
    </message>
    <message>
        <source>The previous contents were saved first as backup %1.</source>
        <translation>Le contenu précédent a d’abord été sauvegardé sous %1.</translation>
    </message>
    <message>
        <source>Connect to it:</source>
        <translation>Pour s’y connecter :</translation>
    </message>
    <message>
        <source>To swap it in for the original (stop the application first), or let Lifeboat do it with a safety backup:</source>
        <translation>Pour l’échanger avec l’original (arrêtez d’abord l’application), ou laissez Lifeboat le faire avec une sauvegarde de sécurité :</translation>
    </message>
    <message>
        <source>Open it:</source>
        <translation>L’ouvrir :</translation>
    </message>
    <message>
        <source>To swap it in: stop the application, then move it over the original (or use lifeboat-cli restore %1 --overwrite).</source>
        <translation>Pour l’échanger : arrêtez l’application, puis déplacez le fichier sur l’original (ou lifeboat-cli restore %1 --overwrite).</translation>
    </message>
    <message>
        <source>Look at it:</source>
        <translation>Le consulter :</translation>
    </message>
    <message>
        <source>To swap it in for the original (stop the application first), with a safety backup:</source>
        <translation>Pour le substituer à l’original (arrêtez d’abord l’application), avec une sauvegarde de sécurité :</translation>
    </message>
</context>
<context>
    <name>lifeboat::TargetPage</name>
    <message>
        <source>End other sessions on it when replacing</source>
        <translation>Terminer les autres sessions lors du remplacement</translation>
    </message>
    <message>
        <source>Where should it go?</source>
        <translation>Où doit-elle aller ?</translation>
    </message>
    <message>
        <source>A &amp;new one — nothing existing changes (recommended)</source>
        <translation>Un &amp;nouveau — rien d’existant ne change (recommandé)</translation>
    </message>
    <message>
        <source>&amp;Replace an existing one — a safety backup of it is taken first, and you confirm by typing its name</source>
        <translation>&amp;Remplacer un existant — une sauvegarde de sécurité en est d’abord prise, et vous confirmez en tapant son nom</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Nom :</translation>
    </message>
    <message>
        <source>Existing:</source>
        <translation>Existant :</translation>
    </message>
    <message>
        <source>The target is replaced only after the restored copy has been checked and a safety backup of it is stored; the swap is one rename.</source>
        <translation>La cible n’est remplacée qu’une fois la copie restaurée vérifiée et une sauvegarde de sécurité enregistrée ; l’échange est un seul renommage.</translation>
    </message>
    <message>
        <source>The backup is restored into a new target, then its row counts are compared with the backup's.</source>
        <translation>La sauvegarde est restaurée dans une nouvelle cible, puis ses nombres de lignes sont comparés à ceux de la sauvegarde.</translation>
    </message>
    <message>
        <source>Restore %1 into a database on the job's server (or type a conninfo for another server).</source>
        <translation>Restaurer %1 dans une base du serveur de la tâche (ou saisissez une conninfo pour un autre serveur).</translation>
    </message>
    <message>
        <source>Restore %1 into a SQLite file.</source>
        <translation>Restaurer %1 dans un fichier SQLite.</translation>
    </message>
    <message>
        <source>empty: a new database %1_restored_YYYYMMDD_HHMMSS</source>
        <translation>vide : une nouvelle base %1_restored_YYYYMMDD_HHMMSS</translation>
    </message>
    <message>
        <source>empty: a new file beside the job's database</source>
        <translation>vide : un nouveau fichier à côté de la base de la tâche</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>Remplacer %1 ?</translation>
    </message>
    <message>
        <source>This replaces %1 with the backup (a safety backup of it is taken first). Type %2 to confirm:</source>
        <translation>Cela remplace %1 par la sauvegarde (une sauvegarde de sécurité en est d’abord prise). Tapez %2 pour confirmer :</translation>
    </message>
    <message>
        <source>Restore %1 into a folder.</source>
        <translation>Restaurer %1 dans un dossier.</translation>
    </message>
    <message>
        <source>empty: a new folder FOLDER_restored_YYYYMMDD_HHMMSS beside the job's folder</source>
        <translation>vide : un nouveau dossier DOSSIER_restored_AAAAMMJJ_HHMMSS à côté du dossier de la tâche</translation>
    </message>
</context>
<context>
    <name>lifeboat::VerifyOperation</name>
    <message>
        <source>unknown level "%1" (use checksum, decode, format or restore)</source>
        <translation>niveau inconnu « %1 » (utilisez checksum, decode, format ou restore)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Verifying %1 (%2, %3 of %4)</source>
        <translation>Vérification de %1 (%2, %3 sur %4)</translation>
    </message>
    <message>
        <source>job "%1" is not in the config, so its keys are unknown (add the job back, or verify with --level checksum)</source>
        <translation>la tâche « %1 » n’est pas dans la configuration, ses clés sont inconnues (rajoutez la tâche ou vérifiez avec --level checksum)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed verification</source>
        <translation><numerusform>%n sauvegarde a échoué à la vérification</numerusform><numerusform>%n sauvegardes ont échoué à la vérification</numerusform></translation>
    </message>
    <message>
        <source>%1 is a base backup: checked at format level; test it whole with "lifeboat-cli pitr %2 --pgdata DIR --immediate --start --port N"</source>
        <translation>%1 est une sauvegarde de base : vérifiée au niveau format ; testez-la entièrement avec « lifeboat-cli pitr %2 --pgdata DIR --immediate --start --port N »</translation>
    </message>
</context>
<context>
    <name>lifeboat::WalIndexOperation</name>
    <message>
        <source>job "%1" is of kind "%2": WAL events belong to postgresql-cluster jobs</source>
        <translation>la tâche « %1 » est de type « %2 » : les événements WAL appartiennent aux tâches postgresql-cluster</translation>
    </message>
    <message>
        <source>the WAL event index of job %1 is being updated by another process; try again when it finishes</source>
        <translation>l’index des événements WAL de la tâche %1 est mis à jour par un autre processus ; réessayez quand il aura fini</translation>
    </message>
    <message>
        <source>Reading relation names from the server</source>
        <translation>Lecture des noms de relations sur le serveur</translation>
    </message>
    <message>
        <source>relation names were not refreshed (%1); events are named from earlier snapshots</source>
        <translation>les noms de relations n’ont pas été rafraîchis (%1) ; les événements sont nommés d’après des instantanés antérieurs</translation>
    </message>
    <message>
        <source>relation names of database %1 could not be read</source>
        <translation>les noms de relations de la base %1 n’ont pas pu être lus</translation>
    </message>
    <message>
        <source>the WAL of job %1 is encrypted and the job has no secret key to read it: %2</source>
        <translation>le WAL de la tâche %1 est chiffré et la tâche n’a pas de clé secrète pour le lire : %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1 to decode WAL into: %2</source>
        <translation>impossible de créer dans %1 un dossier temporaire pour décoder le WAL : %2</translation>
    </message>
    <message>
        <source>the saved state of open transactions on timeline %1 was unreadable and was dropped</source>
        <translation>l’état enregistré des transactions ouvertes sur la timeline %1 était illisible et a été abandonné</translation>
    </message>
    <message>
        <source>timeline %1: the archive has no segments between %2 and %3; events there are not indexed</source>
        <translation>timeline %1 : l’archive n’a aucun segment entre %2 et %3 ; les événements de cet intervalle ne sont pas indexés</translation>
    </message>
    <message>
        <source>%1 is not WAL of a PostgreSQL release Lifeboat knows (page magic %2)</source>
        <translation>%1 n’est pas du WAL d’une version de PostgreSQL connue de Lifeboat (magic de page %2)</translation>
    </message>
    <message>
        <source>cancelled; the index keeps every stretch stored so far</source>
        <translation>annulé ; l’index garde chaque tronçon déjà enregistré</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lecture de %1</translation>
    </message>
    <message>
        <source>pg_waldump</source>
        <translation>pg_waldump</translation>
    </message>
    <message>
        <source>timeline %1: WAL could not be read past %2 (%3); the index goes on with the next segment</source>
        <translation>timeline %1 : le WAL n’a pas pu être lu au-delà de %2 (%3) ; l’index continue au segment suivant</translation>
    </message>
    <message>
        <source>reading the WAL of job %1 with pg_waldump failed: %2</source>
        <translation>la lecture du WAL de la tâche %1 avec pg_waldump a échoué : %2</translation>
    </message>
</context>
<context>
    <name>pumpFile</name>
    <message>
        <source>cannot open</source>
        <translation>impossible d’ouvrir</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>impossible de lire</translation>
    </message>
</context>
<context>
    <name>toml</name>
    <message>
        <source>expected a table</source>
        <translation>table attendue</translation>
    </message>
</context>
</TS>