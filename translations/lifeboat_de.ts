<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActiveAlerts</name>
    <message>
        <source>The newest run of %1 found damaged data: run lifeboat-cli verify --job %1 and take a new backup.</source>
        <translation>Der neueste Lauf von %1 hat beschädigte Daten gefunden: lifeboat-cli verify --job %1 ausführen und eine neue Sicherung anlegen.</translation>
    </message>
    <message>
        <source>The newest backup or scheduled run of %1 failed: the Catalog and the log say why.</source>
        <translation>Die neueste Sicherung oder der letzte geplante Lauf von %1 ist fehlgeschlagen: Katalog und Protokoll nennen den Grund.</translation>
    </message>
    <message>
        <source>No successful backup of %1 for %2.</source>
        <translation>Keine erfolgreiche Sicherung von %1 seit %2.</translation>
    </message>
    <message>
        <source>The newest backup of %1 is %2, against a 7-day average of %3: check what changed.</source>
        <translation>Die neueste Sicherung von %1 ist %2 groß, gegenüber einem 7-Tage-Mittel von %3: prüfen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>WAL archiving of %1 is %2 segments behind: lifeboat-cli check %1.</source>
        <translation>Die WAL-Archivierung von %1 liegt %2 Segmente zurück: lifeboat-cli check %1.</translation>
    </message>
    <message>
        <source>Repository %1 has %2% free: prune or add space.</source>
        <translation>Repository %1 hat %2 % frei: aufräumen oder Platz schaffen.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of %1 failed verification: verify again and take a new backup.</source>
        <translation><numerusform>%n Sicherung von %1 hat die Prüfung nicht bestanden: erneut prüfen und eine neue Sicherung anlegen.</numerusform><numerusform>%n Sicherungen von %1 haben die Prüfung nicht bestanden: erneut prüfen und eine neue Sicherung anlegen.</numerusform></translation>
    </message>
    <message>
        <source>The last drill of %1 failed at %2.</source>
        <translation>Die letzte Übung von %1 ist bei %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The last drill of %1 was %2 ago.</source>
        <translation>Die letzte Übung von %1 war vor %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) of %1 not yet offsite: the next backup run copies them; check the copy_to repository's endpoint and credentials.</source>
        <translation><numerusform>%n Sicherung von %1 noch nicht extern: der nächste Sicherungslauf kopiert sie; Endpunkt und Zugangsdaten des copy_to-Repositorys prüfen.</numerusform><numerusform>%n Sicherungen von %1 noch nicht extern: der nächste Sicherungslauf kopiert sie; Endpunkt und Zugangsdaten des copy_to-Repositorys prüfen.</numerusform></translation>
    </message>
</context>
<context>
    <name>AppDataSet</name>
    <message>
        <source>database %1: table %2 has no column %3, which profile %4 uses as a key (is the profile right for this database?)</source>
        <translation>Datenbank %1: Tabelle %2 hat keine Spalte %3, die Profil %4 als Schlüssel nutzt (passt das Profil zu dieser Datenbank?)</translation>
    </message>
</context>
<context>
    <name>AppDatabase</name>
    <message>
        <source>job "%1": an app-export job needs path (a SQLite file) or conninfo (PostgreSQL)</source>
        <translation>Job „%1“: ein app-export-Job braucht path (eine SQLite-Datei) oder conninfo (PostgreSQL)</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>Auftrag „%1“: %2</translation>
    </message>
    <message>
        <source>database %1 does not exist (check the job's path)</source>
        <translation>Datenbank %1 existiert nicht (path des Jobs prüfen)</translation>
    </message>
    <message>
        <source>cannot open database %1: %2</source>
        <translation>Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the Qt PostgreSQL driver is missing (install the Debian package libqt6sql6-psql)</source>
        <translation>der Qt-PostgreSQL-Treiber fehlt (das Debian-Paket libqt6sql6-psql installieren)</translation>
    </message>
    <message>
        <source>conninfo cannot be parsed: %1 (write it as "host=... port=... dbname=... user=...")</source>
        <translation>conninfo ist nicht lesbar: %1 (als „host=... port=... dbname=... user=...“ schreiben)</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL database %1: %2 (check conninfo and password_file, and that the server runs)</source>
        <translation>keine Verbindung zur PostgreSQL-Datenbank %1: %2 (conninfo und password_file prüfen und ob der Server läuft)</translation>
    </message>
    <message>
        <source>database %1: %2: %3</source>
        <translation>Datenbank %1: %2: %3</translation>
    </message>
    <message>
        <source>database %1 has no table %2 (is it the application's database, at a supported schema version?)</source>
        <translation>Datenbank %1 hat keine Tabelle %2 (ist es die Datenbank der Anwendung, in einer unterstützten Schemaversion?)</translation>
    </message>
    <message>
        <source>reading the columns of %1</source>
        <translation>Lesen der Spalten von %1</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>looking up %1.%2</source>
        <translation>Nachschlagen von %1.%2</translation>
    </message>
    <message>
        <source>inserting into %1</source>
        <translation>Einfügen in %1</translation>
    </message>
    <message>
        <source>updating %1</source>
        <translation>Aktualisieren von %1</translation>
    </message>
    <message>
        <source>deleting from %1</source>
        <translation>Löschen aus %1</translation>
    </message>
</context>
<context>
    <name>AppExport</name>
    <message>
        <source>re-keying needs both --rekey-from-secret-file (the source's secret) and --rekey-to-secret-file (the target's)</source>
        <translation>Umschlüsseln braucht sowohl --rekey-from-secret-file (das Geheimnis der Quelle) als auch --rekey-to-secret-file (das des Ziels)</translation>
    </message>
    <message>
        <source>job "%1" is a %2 job; export and import work on app-export jobs (kind = "app-export" with a profile)</source>
        <translation>Job „%1“ ist ein %2-Job; export und import arbeiten mit app-export-Jobs (kind = "app-export" mit einem Profil)</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>Auftrag „%1“: %2</translation>
    </message>
    <message>
        <source>unknown entity type "%1" (known: %2)</source>
        <translation>unbekannter Entitätstyp „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
</context>
<context>
    <name>AppExportReader</name>
    <message>
        <source>%1: %2 (nothing was written)</source>
        <translation>%1: %2 (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>not valid JSON: %1 at line %2 (byte %3); is the file complete?</source>
        <translation>kein gültiges JSON: %1 in Zeile %2 (Byte %3); ist die Datei vollständig?</translation>
    </message>
    <message>
        <source>not an export file: the top level is not a JSON object</source>
        <translation>keine Exportdatei: die oberste Ebene ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>required field "version" is missing or empty</source>
        <translation>Pflichtfeld „version“ fehlt oder ist leer</translation>
    </message>
    <message>
        <source>version "%1" is not a %2 export format Lifeboat knows (known: %3); export it again with a supported release</source>
        <translation>Version „%1“ ist kein %2-Exportformat, das Lifeboat kennt (bekannt: %3); mit einer unterstützten Version erneut exportieren</translation>
    </message>
    <message>
        <source>required field "exported_at" is missing</source>
        <translation>Pflichtfeld „exported_at“ fehlt</translation>
    </message>
    <message>
        <source>required field "entities" is missing or not an object</source>
        <translation>Pflichtfeld „entities“ fehlt oder ist kein Objekt</translation>
    </message>
    <message>
        <source>entities.%1: unknown entity type (known: %2)</source>
        <translation>entities.%1: unbekannter Entitätstyp (bekannt: %2)</translation>
    </message>
    <message>
        <source>entities.%1 is not a list</source>
        <translation>entities.%1 ist keine Liste</translation>
    </message>
    <message>
        <source>entities.%1[%2] is not an object</source>
        <translation>entities.%1[%2] ist kein Objekt</translation>
    </message>
    <message>
        <source>entities.%1[%2]%3: required field "%4" is missing</source>
        <translation>entities.%1[%2]%3: Pflichtfeld „%4“ fehlt</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 entr(ies) not imported: %2</source>
        <translation><numerusform>%n Eintrag %1 nicht importiert: %2</numerusform><numerusform>%n Einträge %1 nicht importiert: %2</numerusform></translation>
    </message>
    <message>
        <source>the file's "lifeboat" section is for another profile or format (%1); only the application's entities are read</source>
        <translation>der „lifeboat“-Abschnitt der Datei gehört zu einem anderen Profil oder Format (%1); nur die Entitäten der Anwendung werden gelesen</translation>
    </message>
    <message>
        <source>lifeboat.rows.%1: unknown entity type for profile %2</source>
        <translation>lifeboat.rows.%1: unbekannter Entitätstyp für Profil %2</translation>
    </message>
    <message>
        <source>lifeboat.rows.%1[%2] ("%3"): field %4 is not a reference the profile knows</source>
        <translation>lifeboat.rows.%1[%2] („%3“): Feld %4 ist kein Verweis, den das Profil kennt</translation>
    </message>
    <message>
        <source>lifeboat.rows.%1[%2]: required field "%3" is missing</source>
        <translation>lifeboat.rows.%1[%2]: Pflichtfeld „%3“ fehlt</translation>
    </message>
    <message>
        <source>lifeboat.links.%1: unknown link for profile %2</source>
        <translation>lifeboat.links.%1: unbekannte Verknüpfung für Profil %2</translation>
    </message>
    <message>
        <source>lifeboat.links.%1: an entry is not a pair of keys</source>
        <translation>lifeboat.links.%1: ein Eintrag ist kein Schlüsselpaar</translation>
    </message>
    <message>
        <source>does not match the %1 export schema: %2</source>
        <translation>entspricht nicht dem Exportschema %1: %2</translation>
    </message>
</context>
<context>
    <name>AppExportSource</name>
    <message>
        <source>export cancelled</source>
        <translation>Export abgebrochen</translation>
    </message>
    <message>
        <source>the export</source>
        <translation>der Export</translation>
    </message>
    <message>
        <source>the export lacks its "lifeboat" section (complete rows and links)</source>
        <translation>dem Export fehlt sein „lifeboat“-Abschnitt (vollständige Zeilen und Verknüpfungen)</translation>
    </message>
    <message>
        <source>link %1 %2 -&gt; %3 points at an entity the export does not hold</source>
        <translation>Verknüpfung %1 %2 -&gt; %3 zeigt auf eine Entität, die der Export nicht enthält</translation>
    </message>
    <message>
        <source>%1: %2 entities, expected %3</source>
        <translation>%1: %2 Entitäten, erwartet %3</translation>
    </message>
    <message>
        <source>it would not import into %1: %2</source>
        <translation>ließe sich nicht in %1 importieren: %2</translation>
    </message>
</context>
<context>
    <name>AppProfile</name>
    <message>
        <source>%1.%2: %3</source>
        <translation>%1.%2: %3</translation>
    </message>
    <message>
        <source>no profile is set (add profile = "%1" to the job)</source>
        <translation>kein Profil gesetzt (profile = "%1" zum Job hinzufügen)</translation>
    </message>
    <message>
        <source>profile %1 cannot be read (check its permissions)</source>
        <translation>Profil %1 ist nicht lesbar (Berechtigungen prüfen)</translation>
    </message>
    <message>
        <source>profile "%1" not found (built in: %2; or put NAME.json in ~/.config/lifeboat/profiles or /etc/lifeboat/profiles)</source>
        <translation>Profil „%1“ nicht gefunden (eingebaut: %2; oder NAME.json in ~/.config/lifeboat/profiles oder /etc/lifeboat/profiles ablegen)</translation>
    </message>
    <message>
        <source>profile %1 is not valid JSON: %2 at byte %3</source>
        <translation>Profil %1 ist kein gültiges JSON: %2 bei Byte %3</translation>
    </message>
    <message>
        <source>profile %1: %2</source>
        <translation>Profil %1: %2</translation>
    </message>
    <message>
        <source>profile %1 lacks "profile", "format.version" or "import_order" (see docs/app-export.md)</source>
        <translation>Profil %1 fehlt „profile“, „format.version“ oder „import_order“ (siehe docs/app-export.md)</translation>
    </message>
    <message>
        <source>profile %1: %2.in_app_format: %3</source>
        <translation>Profil %1: %2.in_app_format: %3</translation>
    </message>
    <message>
        <source>profile %1: a field of %2 has no name</source>
        <translation>Profil %1: ein Feld von %2 hat keinen Namen</translation>
    </message>
    <message>
        <source>profile %1: %2 needs "table", "key" and "label"</source>
        <translation>Profil %1: %2 braucht „table“, „key“ und „label“</translation>
    </message>
    <message>
        <source>profile %1: %2.references.%3 names unknown entity %4</source>
        <translation>Profil %1: %2.references.%3 nennt die unbekannte Entität %4</translation>
    </message>
    <message>
        <source>profile %1: import_order names %2, which has no entry under "entities"</source>
        <translation>Profil %1: import_order nennt %2, das keinen Eintrag unter „entities“ hat</translation>
    </message>
    <message>
        <source>profile %1: entity %2 is missing from import_order</source>
        <translation>Profil %1: Entität %2 fehlt in import_order</translation>
    </message>
    <message>
        <source>profile %1: import_order puts %2 before %3, which it references</source>
        <translation>Profil %1: import_order stellt %2 vor %3, auf das es verweist</translation>
    </message>
    <message>
        <source>profile %1: links.%2 needs "table", "from", "from_column", "to" and "to_column" naming known entities</source>
        <translation>Profil %1: links.%2 braucht „table“, „from“, „from_column“, „to“ und „to_column“ mit bekannten Entitäten</translation>
    </message>
    <message>
        <source>profile %1: field %2.%3 names unknown link %4</source>
        <translation>Profil %1: Feld %2.%3 nennt die unbekannte Verknüpfung %4</translation>
    </message>
    <message>
        <source>profile %1 names no JSON Schema</source>
        <translation>Profil %1 nennt kein JSON-Schema</translation>
    </message>
    <message>
        <source>the JSON Schema %1 of profile %2 cannot be read</source>
        <translation>das JSON-Schema %1 des Profils %2 ist nicht lesbar</translation>
    </message>
</context>
<context>
    <name>ArchiveCheck</name>
    <message>
        <source>fix password_file in the job, or set PGPASSWORD</source>
        <translation>password_file im Auftrag korrigieren oder PGPASSWORD setzen</translation>
    </message>
    <message>
        <source>check conninfo, that the server runs and pg_hba.conf admits this host and role</source>
        <translation>conninfo prüfen, ob der Server läuft und pg_hba.conf diesen Rechner und diese Rolle zulässt</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>check the role's access</source>
        <translation>Zugriffsrechte der Rolle prüfen</translation>
    </message>
    <message>
        <source>PostgreSQL %1 at %2, connected as %3</source>
        <translation>PostgreSQL %1 auf %2, verbunden als %3</translation>
    </message>
    <message>
        <source>apt-get install postgresql-client-%1</source>
        <translation>apt-get install postgresql-client-%1</translation>
    </message>
    <message>
        <source>role %1 may not take base backups</source>
        <translation>Rolle %1 darf keine Basissicherungen anlegen</translation>
    </message>
    <message>
        <source>ALTER ROLE %1 REPLICATION; and a "replication" line for it in pg_hba.conf</source>
        <translation>ALTER ROLE %1 REPLICATION; und eine „replication“-Zeile dafür in pg_hba.conf</translation>
    </message>
    <message>
        <source>wal_level is minimal</source>
        <translation>wal_level ist minimal</translation>
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
        <translation>archive_command ist nicht gesetzt</translation>
    </message>
    <message>
        <source>archive_command = %1 does not archive into job %2</source>
        <translation>archive_command = %1 archiviert nicht in Auftrag %2</translation>
    </message>
    <message>
        <source>archive_timeout is off: on a quiet server the newest changes may wait hours for their segment to fill</source>
        <translation>archive_timeout ist aus: auf einem ruhigen Server können die neuesten Änderungen Stunden warten, bis ihr Segment voll ist</translation>
    </message>
    <message>
        <source>archive_timeout = %1 s</source>
        <translation>archive_timeout = %1 s</translation>
    </message>
    <message>
        <source>archiving is not set up for job %1</source>
        <translation>Archivierung ist für Auftrag %1 nicht eingerichtet</translation>
    </message>
    <message>
        <source>run the ALTER SYSTEM lines above as a superuser, then restart PostgreSQL (wal_level and archive_mode need a restart)</source>
        <translation>die ALTER-SYSTEM-Zeilen oben als Superuser ausführen, dann PostgreSQL neu starten (wal_level und archive_mode brauchen einen Neustart)</translation>
    </message>
    <message>
        <source>run the ALTER SYSTEM line above as a superuser, then SELECT pg_reload_conf();</source>
        <translation>die ALTER-SYSTEM-Zeile oben als Superuser ausführen, dann SELECT pg_reload_conf();</translation>
    </message>
    <message>
        <source>archiving is failing: %1 failed calls, last for %2</source>
        <translation>Archivierung schlägt fehl: %1 fehlgeschlagene Aufrufe, zuletzt für %2</translation>
    </message>
    <message>
        <source>read the server log for the wal-push error, or run the archive_command by hand as the server's user</source>
        <translation>im Serverprotokoll nach dem wal-push-Fehler sehen oder archive_command von Hand als Benutzer des Servers ausführen</translation>
    </message>
    <message>
        <source>archiving lags %1 segments (%2 s) behind</source>
        <translation>Archivierung hängt %1 Segmente (%2 s) hinterher</translation>
    </message>
    <message>
        <source>raise the job's parallel, or check the repository's speed</source>
        <translation>parallel des Auftrags erhöhen oder die Geschwindigkeit des Repositorys prüfen</translation>
    </message>
    <message>
        <source>%1 segments archived, %2 failed calls, lag %3 segments</source>
        <translation>%1 Segmente archiviert, %2 fehlgeschlagene Aufrufe, Rückstand %3 Segmente</translation>
    </message>
    <message>
        <source>GRANT EXECUTE ON FUNCTION pg_switch_wal() TO %1, or check as a superuser</source>
        <translation>GRANT EXECUTE ON FUNCTION pg_switch_wal() TO %1, oder als Superuser prüfen</translation>
    </message>
    <message>
        <source>fix [repositories.%1]</source>
        <translation>[repositories.%1] korrigieren</translation>
    </message>
    <message>
        <source>WAL segment %1 reached the repository %2 s after the switch</source>
        <translation>WAL-Segment %1 ist %2 s nach dem Wechsel im Repository angekommen</translation>
    </message>
    <message>
        <source>WAL segment %1 did not reach the repository within %2 s</source>
        <translation>WAL-Segment %1 ist nicht innerhalb von %2 s im Repository angekommen</translation>
    </message>
    <message>
        <source>read the server log for archive_command errors; the server's user must be able to run %1 and write to %2</source>
        <translation>im Serverprotokoll nach archive_command-Fehlern sehen; der Benutzer des Servers muss %1 ausführen und nach %2 schreiben dürfen</translation>
    </message>
</context>
<context>
    <name>ArtifactVerifier</name>
    <message>
        <source>backup %1 (%2): %3</source>
        <translation>Sicherung %1 (%2): %3</translation>
    </message>
    <message>
        <source>size is %1 bytes, the sidecar says %2: the file is truncated or altered (use another backup or a copy)</source>
        <translation>Größe ist %1 Byte, die Metadatei sagt %2: die Datei ist abgeschnitten oder verändert (eine andere Sicherung oder eine Kopie verwenden)</translation>
    </message>
    <message>
        <source>SHA-256 mismatch: the stored bytes were altered or damaged (use another backup or a copy)</source>
        <translation>SHA-256 stimmt nicht: die gespeicherten Bytes wurden verändert oder beschädigt (eine andere Sicherung oder eine Kopie verwenden)</translation>
    </message>
    <message>
        <source>SHA-256 of the stored bytes does not match the sidecar (use another backup or a copy)</source>
        <translation>SHA-256 der gespeicherten Bytes passt nicht zur Metadatei (eine andere Sicherung oder eine Kopie verwenden)</translation>
    </message>
    <message>
        <source>the decoded content does not match its SHA-256 in the sidecar (use another backup)</source>
        <translation>der entschlüsselte Inhalt passt nicht zu seinem SHA-256 in der Metadatei (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>level format is not available for %1 backups in this build (use checksum or decode)</source>
        <translation>Stufe format gibt es für %1-Sicherungen in dieser Version nicht (checksum oder decode verwenden)</translation>
    </message>
    <message>
        <source>row counts differ from the backup's record: %1</source>
        <translation>Zeilenzahlen weichen von den Angaben der Sicherung ab: %1</translation>
    </message>
    <message>
        <source>a test restore of %1 needs its job's server (add the job back to the config)</source>
        <translation>eine Probewiederherstellung von %1 braucht den Server ihres Auftrags (den Auftrag wieder eintragen)</translation>
    </message>
    <message>
        <source>the roles and tablespaces script is incomplete (its header or completion line is missing)</source>
        <translation>das Skript der Rollen und Tablespaces ist unvollständig (Kopf- oder Schlusszeile fehlt)</translation>
    </message>
    <message>
        <source>the base backup lacks %1 (use another backup)</source>
        <translation>der Basissicherung fehlt %1 (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>cannot read the decoded export %1</source>
        <translation>der dekodierte Export %1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>entity counts differ from the backup's record: %1</source>
        <translation>Entitätsanzahlen weichen vom Eintrag der Sicherung ab: %1</translation>
    </message>
    <message>
        <source>the archive holds %1 files, the sidecar says %2 (use another backup)</source>
        <translation>das Archiv enthält %1 Dateien, die Sidecar-Datei nennt %2 (eine andere Sicherung verwenden)</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The job to back up, as named in the config.</source>
        <translation>Der zu sichernde Auftrag, wie in der Konfiguration benannt.</translation>
    </message>
    <message>
        <source>A label stored with the backup.</source>
        <translation>Eine Beschriftung, die mit der Sicherung gespeichert wird.</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Pin the backup: retention never removes it.</source>
        <translation>Sicherung anheften: die Aufbewahrungsregeln löschen sie nie.</translation>
    </message>
    <message>
        <source>backup takes exactly one JOB (see lifeboat-cli backup --help)</source>
        <translation>backup erwartet genau einen AUFTRAG (siehe lifeboat-cli backup --help)</translation>
    </message>
    <message>
        <source>Backed up %1 to %2 in repository "%3"</source>
        <translation>%1 gesichert als %2 im Repository „%3“</translation>
    </message>
    <message>
        <source>  %1 from %2 in %3 s, verification: %4</source>
        <translation>  %1 aus %2 in %3 s, Prüfung: %4</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Back up a job now; --json prints the backup's metadata.</source>
        <translation>Einen Auftrag jetzt sichern; --json gibt die Metadaten der Sicherung aus.</translation>
    </message>
</context>
<context>
    <name>BackupCopier</name>
    <message>
        <source>%1 in repository "%2" does not match its checksum, so it was not copied to "%3" (run lifeboat-cli verify %4 and take a new backup)</source>
        <translation>%1 in Repository „%2“ passt nicht zu seiner Prüfsumme und wurde daher nicht nach „%3“ kopiert (lifeboat-cli verify %4 ausführen und eine neue Sicherung anlegen)</translation>
    </message>
    <message>
        <source>Copying %1 to repository "%2"</source>
        <translation>Kopiere %1 in Repository „%2“</translation>
    </message>
    <message>
        <source>Checking the copy of %1 in repository "%2"</source>
        <translation>Kopie von %1 im Repository „%2“ wird geprüft</translation>
    </message>
    <message>
        <source>the copy of %1 in repository "%2" does not read back as sent: %3</source>
        <translation>die Kopie von %1 im Repository „%2“ liest sich nicht so zurück, wie sie gesendet wurde: %3</translation>
    </message>
</context>
<context>
    <name>BackupDetails</name>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Stored size</source>
        <translation>Gespeicherte Größe</translation>
    </message>
    <message>
        <source>Source size</source>
        <translation>Quellgröße</translation>
    </message>
    <message>
        <source>Repository</source>
        <translation>Repository</translation>
    </message>
    <message>
        <source>Artifact</source>
        <translation>Artefakt</translation>
    </message>
    <message>
        <source>Compression</source>
        <translation>Kompression</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>Kept forever</source>
        <translation>Für immer behalten</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>SHA-256 (stored)</source>
        <translation>SHA-256 (gespeichert)</translation>
    </message>
    <message>
        <source>SHA-256 (content)</source>
        <translation>SHA-256 (Inhalt)</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Tables and row counts (as of the backup's snapshot)</source>
        <translation>Tabellen und Zeilenzahlen (Stand des Schnappschusses der Sicherung)</translation>
    </message>
    <message>
        <source>Point-in-time recovery</source>
        <translation>Wiederherstellung zu einem Zeitpunkt</translation>
    </message>
    <message>
        <source>Further parts</source>
        <translation>Weitere Teile</translation>
    </message>
    <message>
        <source>Verification history</source>
        <translation>Prüfgeschichte</translation>
    </message>
    <message>
        <source>Never verified since it was catalogued.</source>
        <translation>Seit der Aufnahme in den Katalog nie geprüft.</translation>
    </message>
    <message>
        <source>%1 at level %2</source>
        <translation>%1 auf Stufe %2</translation>
    </message>
    <message>
        <source>%1 at level %2: %3</source>
        <translation>%1 auf Stufe %2: %3</translation>
    </message>
    <message>
        <source>Left out of the backup</source>
        <translation>Nicht in der Sicherung</translation>
    </message>
    <message>
        <source>Changed while they were read (their copies may be inconsistent)</source>
        <translation>Beim Lesen geändert (ihre Kopien sind vielleicht inkonsistent)</translation>
    </message>
</context>
<context>
    <name>BackupEditor</name>
    <message>
        <source>backup %1 is in the catalog but not in repository "%2" any more (run lifeboat-cli catalog rebuild)</source>
        <translation>Sicherung %1 steht im Katalog, aber nicht mehr in Repository „%2“ (lifeboat-cli catalog rebuild ausführen)</translation>
    </message>
    <message>
        <source>kept forever: retention will not remove it</source>
        <translation>für immer behalten: die Aufbewahrung löscht sie nicht</translation>
    </message>
    <message>
        <source>no longer pinned: retention rules apply</source>
        <translation>nicht mehr angeheftet: die Aufbewahrungsregeln gelten</translation>
    </message>
    <message>
        <source>label "%1" -&gt; "%2"</source>
        <translation>Beschriftung „%1“ -&gt; „%2“</translation>
    </message>
    <message>
        <source>deleted by hand from repository "%1" (job %2, started %3)</source>
        <translation>von Hand aus Repository „%1“ gelöscht (Auftrag %2, begonnen %3)</translation>
    </message>
</context>
<context>
    <name>BackupMetadata</name>
    <message>
        <source>sidecar %1 is not valid JSON: %2 (restore it from a copy or remove the backup)</source>
        <translation>Metadatei %1 ist kein gültiges JSON: %2 (aus einer Kopie wiederherstellen oder die Sicherung entfernen)</translation>
    </message>
    <message>
        <source>sidecar %1 is not a Lifeboat backup record (format "%2")</source>
        <translation>Metadatei %1 beschreibt keine Lifeboat-Sicherung (Format „%2“)</translation>
    </message>
    <message>
        <source>sidecar %1 lacks id, job, artifact or started_at</source>
        <translation>Metadatei %1 fehlt id, job, artifact oder started_at</translation>
    </message>
    <message>
        <source>%1: %2 rows, expected %3</source>
        <translation>%1: %2 Zeilen, erwartet %3</translation>
    </message>
    <message>
        <source>sidecar %1 has an unknown kind "%2" (it is damaged: restore it from a copy or remove the backup)</source>
        <translation>Sidecar-Datei %1 hat eine unbekannte Art „%2“ (sie ist beschädigt: aus einer Kopie wiederherstellen oder die Sicherung entfernen)</translation>
    </message>
    <message>
        <source>sidecar %1 has an unknown status "%2" (it is damaged: restore it from a copy or remove the backup)</source>
        <translation>Sidecar-Datei %1 hat einen unbekannten Status „%2“ (sie ist beschädigt: aus einer Kopie wiederherstellen oder die Sicherung entfernen)</translation>
    </message>
    <message>
        <source>sidecar %1 has a malformed verification record (it is damaged: restore it from a copy or remove the backup)</source>
        <translation>Sidecar-Datei %1 hat einen fehlerhaften Prüfeintrag (sie ist beschädigt: aus einer Kopie wiederherstellen oder die Sicherung entfernen)</translation>
    </message>
</context>
<context>
    <name>BackupOperation</name>
    <message>
        <source>verify = "%1" needs secret_keys to decode; checked the checksum only</source>
        <translation>verify = „%1“ braucht secret_keys zum Entschlüsseln; nur die Prüfsumme wurde geprüft</translation>
    </message>
</context>
<context>
    <name>BackupSource</name>
    <message>
        <source>job "%1": kind "%2" cannot be backed up by this build yet (supported: sqlite, postgresql, postgresql-cluster, app-export, files)</source>
        <translation>Auftrag „%1“: Art „%2“ kann mit diesem Build noch nicht gesichert werden (unterstützt: sqlite, postgresql, postgresql-cluster, app-export, files)</translation>
    </message>
</context>
<context>
    <name>BufferSink</name>
    <message>
        <source>the decoded content is larger than %1 MiB, more than an export should be (is it the right backup?)</source>
        <translation>der dekodierte Inhalt ist größer als %1 MiB, mehr als ein Export sein sollte (ist es die richtige Sicherung?)</translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>cannot open catalog %1: %2 (check the path in [catalog] url)</source>
        <translation>Katalog %1 kann nicht geöffnet werden: %2 (den Pfad in [catalog] url prüfen)</translation>
    </message>
    <message>
        <source>cannot open catalog on PostgreSQL %1: %2 (check [catalog] url and that the server runs)</source>
        <translation>Katalog auf PostgreSQL %1 kann nicht geöffnet werden: %2 ([catalog] url prüfen und ob der Server läuft)</translation>
    </message>
    <message>
        <source>catalog url must start with sqlite:// or postgresql://</source>
        <translation>die Katalog-URL muss mit sqlite:// oder postgresql:// beginnen</translation>
    </message>
    <message>
        <source>catalog query failed: %1 (run "lifeboat-cli catalog rebuild" if the catalog is damaged)</source>
        <translation>Katalogabfrage fehlgeschlagen: %1 („lifeboat-cli catalog rebuild“ ausführen, falls der Katalog beschädigt ist)</translation>
    </message>
    <message>
        <source>catalog %1 cannot be used: %2 (move it away and run "lifeboat-cli catalog rebuild")</source>
        <translation>Katalog %1 ist nicht benutzbar: %2 (beiseite legen und „lifeboat-cli catalog rebuild“ ausführen)</translation>
    </message>
    <message>
        <source>no backup with id "%1" in the catalog (see "lifeboat-cli list"; run "catalog rebuild" if it is in a repository)</source>
        <translation>keine Sicherung mit der ID „%1“ im Katalog (siehe „lifeboat-cli list“; „catalog rebuild“ ausführen, wenn sie in einem Repository liegt)</translation>
    </message>
    <message>
        <source>cannot start a catalog transaction: %1</source>
        <translation>Katalog-Transaktion kann nicht beginnen: %1</translation>
    </message>
    <message>
        <source>cannot commit the rebuilt catalog: %1</source>
        <translation>der neu aufgebaute Katalog kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>the Qt %1 driver for the catalog is missing (install the Debian package %2)</source>
        <translation>der Qt-Treiber %1 für den Katalog fehlt (das Debian-Paket %2 installieren)</translation>
    </message>
    <message>
        <source>cannot commit to the catalog: %1</source>
        <translation>kann nicht in den Katalog schreiben: %1</translation>
    </message>
    <message>
        <source>catalog %1 cannot be upgraded: %2</source>
        <translation>Katalog %1 kann nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>events %1 to %2 are missing</source>
        <translation>Ereignisse %1 bis %2 fehlen</translation>
    </message>
    <message>
        <source>event %1 appears twice</source>
        <translation>Ereignis %1 kommt zweimal vor</translation>
    </message>
    <message>
        <source>its link to the event before does not match</source>
        <translation>seine Verbindung zum vorigen Ereignis stimmt nicht</translation>
    </message>
    <message>
        <source>its content was changed after it was written (%1 %2 at %3)</source>
        <translation>sein Inhalt wurde nach dem Schreiben geändert (%1 %2 um %3)</translation>
    </message>
    <message>
        <source>audit event %1: %2</source>
        <translation>Prüfereignis %1: %2</translation>
    </message>
    <message>
        <source>first used with this catalog; SHA-256 %1</source>
        <translation>erstmals mit diesem Katalog verwendet; SHA-256 %1</translation>
    </message>
    <message>
        <source>changed outside Lifeboat's GUI; SHA-256 %1 -&gt; %2</source>
        <translation>außerhalb der Lifeboat-Oberfläche geändert; SHA-256 %1 -&gt; %2</translation>
    </message>
    <message>
        <source>%1; SHA-256 %2</source>
        <translation>%1; SHA-256 %2</translation>
    </message>
    <message>
        <source>%1; SHA-256 %2 -&gt; %3</source>
        <translation>%1; SHA-256 %2 -&gt; %3</translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Recreate the catalog from the repositories' sidecars.</source>
        <translation>Den Katalog aus den Metadateien der Repositories neu aufbauen.</translation>
    </message>
    <message>
        <source>usage: lifeboat-cli catalog rebuild</source>
        <translation>Aufruf: lifeboat-cli catalog rebuild</translation>
    </message>
    <message numerus="yes">
        <source>Catalog rebuilt: %n backup(s) from repositories %1</source>
        <translation><numerusform>Katalog neu aufgebaut: %n Sicherung aus den Repositories %1</numerusform><numerusform>Katalog neu aufgebaut: %n Sicherungen aus den Repositories %1</numerusform></translation>
    </message>
    <message>
        <source>catalog rebuild: recreate the catalog from all configured repositories.</source>
        <translation>catalog rebuild: den Katalog aus allen konfigurierten Repositories neu aufbauen.</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>The job to check.</source>
        <translation>Der zu prüfende Auftrag.</translation>
    </message>
    <message>
        <source>check takes exactly one JOB</source>
        <translation>check erwartet genau einen AUFTRAG</translation>
    </message>
    <message>
        <source>OK  </source>
        <translation>OK  </translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHL</translation>
    </message>
    <message>
        <source>     fix: %1</source>
        <translation>     Lösung: %1</translation>
    </message>
    <message>
        <source>Job %1 is ready.</source>
        <translation>Auftrag %1 ist bereit.</translation>
    </message>
    <message>
        <source>Job %1 is not ready: fix the FAIL lines above.</source>
        <translation>Auftrag %1 ist nicht bereit: die FEHL-Zeilen oben beheben.</translation>
    </message>
    <message>
        <source>Check that a job can run: its source, tools, keys and repository.</source>
        <translation>Prüfen, ob ein Auftrag laufen kann: Quelle, Werkzeuge, Schlüssel und Repository.</translation>
    </message>
</context>
<context>
    <name>ChildProcess</name>
    <message>
        <source>%1 stopped reading its input: %2</source>
        <translation>%1 liest seine Eingabe nicht mehr: %2</translation>
    </message>
    <message>
        <source>cannot start %1: %2</source>
        <translation>%1 lässt sich nicht starten: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1: %2 was killed: %3</source>
        <translation>%1: %2 wurde beendet: %3</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot start %1: no pipe: %2</source>
        <translation>%1 kann nicht gestartet werden: keine Pipe: %2</translation>
    </message>
    <message>
        <source>cannot read the output of %1: %2</source>
        <translation>die Ausgabe von %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Config file (default: $LIFEBOAT_CONFIG, $XDG_CONFIG_HOME/lifeboat/lifeboat.toml, /etc/lifeboat/lifeboat.toml).</source>
        <translation>Konfigurationsdatei (Standard: $LIFEBOAT_CONFIG, $XDG_CONFIG_HOME/lifeboat/lifeboat.toml, /etc/lifeboat/lifeboat.toml).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation>Ein JSON-Dokument auf stdout ausgeben.</translation>
    </message>
    <message>
        <source>Print errors only.</source>
        <translation>Nur Fehler ausgeben.</translation>
    </message>
    <message>
        <source>Print error details and, with --json, progress events.</source>
        <translation>Fehlerdetails und, mit --json, Fortschrittsereignisse ausgeben.</translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli [--config FILE] [--json] [--quiet|--verbose] COMMAND ...

Backs up, verifies and restores databases; keeps a catalog of every backup.

Commands:
</source>
        <translation>Aufruf: lifeboat-cli [--config DATEI] [--json] [--quiet|--verbose] BEFEHL ...

Sichert, prüft und stellt Datenbanken wieder her; führt einen Katalog aller Sicherungen.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run "lifeboat-cli COMMAND --help" for a command's options.
Exit codes: 0 ok, 1 failed, 2 usage or config error, 3 integrity failure, 4 busy, 130 cancelled.
</source>
        <translation>
„lifeboat-cli BEFEHL --help“ zeigt die Optionen eines Befehls.
Rückgabewerte: 0 ok, 1 fehlgeschlagen, 2 Aufruf- oder Konfigurationsfehler, 3 Integritätsfehler, 4 belegt, 130 abgebrochen.
</translation>
    </message>
    <message>
        <source>unknown command "%1" (see lifeboat-cli --help)</source>
        <translation>unbekannter Befehl „%1“ (siehe lifeboat-cli --help)</translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
</context>
<context>
    <name>ClosedFilePacker</name>
    <message>
        <source>cannot watch %1 (inotify: %2; raise fs.inotify.max_user_instances)</source>
        <translation>%1 kann nicht beobachtet werden (inotify: %2; fs.inotify.max_user_instances erhöhen)</translation>
    </message>
    <message>
        <source>cannot watch</source>
        <translation>kann nicht beobachten</translation>
    </message>
</context>
<context>
    <name>ConfigEditor</name>
    <message>
        <source>%1.%2 spans several lines in the file; edit it there, or write it on one line</source>
        <translation>%1.%2 erstreckt sich in der Datei über mehrere Zeilen; dort bearbeiten oder in eine Zeile schreiben</translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>unknown key (remove it; see docs/configuration.md)</source>
        <translation>unbekannter Schlüssel (entfernen; siehe docs/configuration.md)</translation>
    </message>
    <message>
        <source>unknown key (did you mean "%1"?)</source>
        <translation>unbekannter Schlüssel (war „%1“ gemeint?)</translation>
    </message>
    <message>
        <source>expected a string in quotes</source>
        <translation>Zeichenkette in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation>ganze Zahl erwartet</translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation>muss zwischen %1 und %2 liegen</translation>
    </message>
    <message>
        <source>expected a list of strings, e.g. ["a", "b"]</source>
        <translation>Liste von Zeichenketten erwartet, z. B. ["a", "b"]</translation>
    </message>
    <message>
        <source>environment variable %1 is not set (set it or write the value)</source>
        <translation>Umgebungsvariable %1 ist nicht gesetzt (setzen oder den Wert eintragen)</translation>
    </message>
    <message>
        <source>expected a duration such as "30d" (units h, d, w, m, y)</source>
        <translation>Dauer wie „30d“ erwartet (Einheiten h, d, w, m, y)</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>muss eines von %1 sein</translation>
    </message>
    <message>
        <source>must be custom, directory or plain</source>
        <translation>muss custom, directory oder plain sein</translation>
    </message>
    <message>
        <source>must be none, checksum, decode, format or restore</source>
        <translation>muss none, checksum, decode, format oder restore sein</translation>
    </message>
    <message>
        <source>must be none or openpgp</source>
        <translation>muss none oder openpgp sein</translation>
    </message>
    <message>
        <source>openpgp needs recipients (public key files) or passphrase_file</source>
        <translation>openpgp braucht recipients (Dateien mit öffentlichen Schlüsseln) oder passphrase_file</translation>
    </message>
    <message>
        <source>missing (name one of the [repositories.*] tables)</source>
        <translation>fehlt (eine der Tabellen [repositories.*] nennen)</translation>
    </message>
    <message>
        <source>no repository named "%1" (define [repositories.%1])</source>
        <translation>kein Repository namens „%1“ ([repositories.%1] anlegen)</translation>
    </message>
    <message>
        <source>missing (a %1 job needs the path to back up)</source>
        <translation>fehlt (ein %1-Auftrag braucht den zu sichernden Pfad)</translation>
    </message>
    <message>
        <source>missing (e.g. "host=db1 dbname=app user=backup")</source>
        <translation>fehlt (z. B. „host=db1 dbname=app user=backup“)</translation>
    </message>
    <message>
        <source>must be local or s3</source>
        <translation>muss local oder s3 sein</translation>
    </message>
    <message>
        <source>missing (the folder that holds the backups)</source>
        <translation>fehlt (der Ordner, der die Sicherungen aufnimmt)</translation>
    </message>
    <message>
        <source>an s3 repository needs endpoint and bucket</source>
        <translation>ein s3-Repository braucht endpoint und bucket</translation>
    </message>
    <message>
        <source>unknown time zone "%1" (use an IANA name such as "Europe/Berlin" or "UTC")</source>
        <translation>unbekannte Zeitzone „%1“ (einen IANA-Namen wie „Europe/Berlin“ oder „UTC“ verwenden)</translation>
    </message>
    <message>
        <source>must start with sqlite:// or postgresql://</source>
        <translation>muss mit sqlite:// oder postgresql:// beginnen</translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation>Tabelle erwartet</translation>
    </message>
    <message>
        <source>job names use letters, digits, '.', '_' and '-' only</source>
        <translation>Auftragsnamen bestehen nur aus Buchstaben, Ziffern, '.', '_' und '-'</translation>
    </message>
    <message>
        <source>%1:%2: %3 (fix the TOML syntax)</source>
        <translation>%1:%2: %3 (die TOML-Syntax korrigieren)</translation>
    </message>
    <message>
        <source>config file %1 does not exist (pass --config FILE or set LIFEBOAT_CONFIG)</source>
        <translation>Konfigurationsdatei %1 existiert nicht (--config DATEI angeben oder LIFEBOAT_CONFIG setzen)</translation>
    </message>
    <message>
        <source>cannot read config file %1: %2 (check its permissions)</source>
        <translation>Konfigurationsdatei %1 ist nicht lesbar: %2 (Rechte prüfen)</translation>
    </message>
    <message>
        <source>expected zstd[:level], gzip[:level] or none</source>
        <translation>zstd[:Stufe], gzip[:Stufe] oder none erwartet</translation>
    </message>
    <message>
        <source>"none" takes no level</source>
        <translation>„none“ hat keine Stufe</translation>
    </message>
    <message>
        <source>zstd level must be 1 to 19</source>
        <translation>zstd-Stufe muss 1 bis 19 sein</translation>
    </message>
    <message>
        <source>gzip level must be 1 to 9</source>
        <translation>gzip-Stufe muss 1 bis 9 sein</translation>
    </message>
    <message>
        <source>expected true or false</source>
        <translation>true oder false erwartet</translation>
    </message>
    <message>
        <source>must be once or skip</source>
        <translation>muss once oder skip sein</translation>
    </message>
    <message>
        <source>must be file or keychain</source>
        <translation>muss file oder keychain sein</translation>
    </message>
    <message>
        <source>must be json, slack or alertmanager</source>
        <translation>muss json, slack oder alertmanager sein</translation>
    </message>
    <message>
        <source>"%1" is no event (use failure, corruption, missed, low_space)</source>
        <translation>„%1“ ist kein Ereignis (failure, corruption, missed, low_space verwenden)</translation>
    </message>
    <message>
        <source>must be auto, path or virtual</source>
        <translation>muss auto, path oder virtual sein</translation>
    </message>
    <message>
        <source>an app-export job needs either path (the application's SQLite file) or conninfo (its PostgreSQL database)</source>
        <translation>ein app-export-Job braucht entweder path (die SQLite-Datei der Anwendung) oder conninfo (ihre PostgreSQL-Datenbank)</translation>
    </message>
    <message>
        <source>missing (the entity profile, e.g. "mcpgateway")</source>
        <translation>fehlt (das Entitätsprofil, z. B. "mcpgateway")</translation>
    </message>
    <message>
        <source>set either %1 or %2, not both</source>
        <translation>entweder %1 oder %2 setzen, nicht beide</translation>
    </message>
    <message>
        <source>applies to files jobs only (this job is %1)</source>
        <translation>gilt nur für Dateiaufträge (dieser Auftrag ist %1)</translation>
    </message>
    <message>
        <source>must be stream, watch or off</source>
        <translation>muss stream, watch oder off sein</translation>
    </message>
</context>
<context>
    <name>CronExpression</name>
    <message>
        <source>minute</source>
        <translation>Minute</translation>
    </message>
    <message>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <source>day of month</source>
        <translation>Tag des Monats</translation>
    </message>
    <message>
        <source>month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>day of week</source>
        <translation>Wochentag</translation>
    </message>
    <message>
        <source>%1 "%2" is not a number%3</source>
        <translation>%1 „%2“ ist keine Zahl%3</translation>
    </message>
    <message>
        <source> or a name such as "%1"</source>
        <translation> oder ein Name wie „%1“</translation>
    </message>
    <message>
        <source>%1 %2 is out of range %3-%4</source>
        <translation>%1 %2 liegt außerhalb von %3–%4</translation>
    </message>
    <message>
        <source>%1 has an empty list item</source>
        <translation>%1 hat einen leeren Listeneintrag</translation>
    </message>
    <message>
        <source>%1 step in "%2" must be a whole number above 0</source>
        <translation>%1-Schritt in „%2“ muss eine ganze Zahl über 0 sein</translation>
    </message>
    <message>
        <source>%1 range "%2" runs backwards</source>
        <translation>%1-Bereich „%2“ läuft rückwärts</translation>
    </message>
    <message>
        <source>unknown shorthand "%1" (use @hourly, @daily, @weekly, @monthly or @yearly)</source>
        <translation>unbekannte Kurzform „%1“ (@hourly, @daily, @weekly, @monthly oder @yearly verwenden)</translation>
    </message>
    <message numerus="yes">
        <source>expected 5 fields (minute hour day-of-month month day-of-week), found %n</source>
        <translation><numerusform>5 Felder erwartet (Minute Stunde Tag Monat Wochentag), %n gefunden</numerusform><numerusform>5 Felder erwartet (Minute Stunde Tag Monat Wochentag), %n gefunden</numerusform></translation>
    </message>
    <message>
        <source>"%1" never runs (no such day in any month)</source>
        <translation>„%1“ läuft nie (diesen Tag gibt es in keinem Monat)</translation>
    </message>
</context>
<context>
    <name>DecodedArchive</name>
    <message>
        <source>cannot create a scratch folder in %1: %2 (set LIFEBOAT_TMPDIR to a writable folder with room for the decoded backup)</source>
        <translation>kein Arbeitsordner in %1 möglich: %2 (LIFEBOAT_TMPDIR auf einen beschreibbaren Ordner mit Platz für die entschlüsselte Sicherung setzen)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo workspace if it is missing.</source>
        <translation>Den Demo-Arbeitsbereich anlegen, falls er fehlt.</translation>
    </message>
    <message>
        <source>Delete the demo workspace (its backups too) and create it anew.</source>
        <translation>Den Demo-Arbeitsbereich (samt Sicherungen) löschen und neu anlegen.</translation>
    </message>
    <message>
        <source>usage: lifeboat-cli demo init [--reset]</source>
        <translation>Aufruf: lifeboat-cli demo init [--reset]</translation>
    </message>
    <message>
        <source>demo init: create the bundled demo workspace and print its config path.</source>
        <translation>demo init: den mitgelieferten Demo-Arbeitsbereich anlegen und den Pfad seiner Konfiguration ausgeben.</translation>
    </message>
</context>
<context>
    <name>DrillChecks</name>
    <message>
        <source>the query failed on %1: %2</source>
        <translation>die Abfrage schlug auf %1 fehl: %2</translation>
    </message>
    <message>
        <source>the query failed on the restored database: %1</source>
        <translation>die Abfrage schlug auf der wiederhergestellten Datenbank fehl: %1</translation>
    </message>
    <message>
        <source>returned "%1", expected "%2"</source>
        <translation>lieferte „%1“, erwartet „%2“</translation>
    </message>
    <message>
        <source>returned "%1" as expected</source>
        <translation>lieferte wie erwartet „%1“</translation>
    </message>
    <message>
        <source>row counts differ from backup %1: %2</source>
        <translation>Zeilenzahlen weichen von Sicherung %1 ab: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n table(s), %1 rows, as recorded in backup %2</source>
        <translation><numerusform>%n Tabelle, %1 Zeilen, wie in Sicherung %2 erfasst</numerusform><numerusform>%n Tabellen, %1 Zeilen, wie in Sicherung %2 erfasst</numerusform></translation>
    </message>
    <message>
        <source>cannot run %1: %2 (check the path in the plan)</source>
        <translation>kann %1 nicht ausführen: %2 (Pfad im Plan prüfen)</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 did not finish within %2 s</source>
        <translation>%1 wurde nicht innerhalb von %2 s fertig</translation>
    </message>
    <message>
        <source>%1 exited with %2, expected %3%4</source>
        <translation>%1 endete mit %2, erwartet %3%4</translation>
    </message>
    <message>
        <source>a crash</source>
        <translation>einem Absturz</translation>
    </message>
    <message>
        <source>%1 exited with %2%3</source>
        <translation>%1 endete mit %2%3</translation>
    </message>
    <message>
        <source>%1 is not an http:// or https:// URL</source>
        <translation>%1 ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>cannot reach %1: %2</source>
        <translation>kann %1 nicht erreichen: %2</translation>
    </message>
    <message>
        <source>%1 gave no HTTP answer within %2 s</source>
        <translation>%1 gab innerhalb von %2 s keine HTTP-Antwort</translation>
    </message>
    <message>
        <source>%1 answered %2, expected %3</source>
        <translation>%1 antwortete %2, erwartet %3</translation>
    </message>
    <message>
        <source>%1 answered %2</source>
        <translation>%1 antwortete %2</translation>
    </message>
</context>
<context>
    <name>DrillCommand</name>
    <message>
        <source>%1 (objective %2): not met</source>
        <translation>%1 (Ziel %2): nicht erreicht</translation>
    </message>
    <message>
        <source>%1 (objective %2): %3</source>
        <translation>%1 (Ziel %2): %3</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>NOT met</source>
        <translation>NICHT erreicht</translation>
    </message>
    <message>
        <source>Drill "%1" (%2), started %3, incident %4</source>
        <translation>Übung „%1“ (%2), begonnen %3, Vorfall %4</translation>
    </message>
    <message>
        <source>skipped — manual</source>
        <translation>übersprungen — manuell</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>RTO %1</source>
        <translation>RTO %1</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>RPO %1</source>
        <translation>RPO %1</translation>
    </message>
    <message>
        <source>nothing restored</source>
        <translation>nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>Result: PASSED</source>
        <translation>Ergebnis: BESTANDEN</translation>
    </message>
    <message>
        <source>Result: FAILED at %1</source>
        <translation>Ergebnis: FEHLGESCHLAGEN bei %1</translation>
    </message>
    <message>
        <source>Not signed off (pass --facilitator NAME to sign a drill off).</source>
        <translation>Nicht abgezeichnet (--facilitator NAME angeben, um eine Übung abzuzeichnen).</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2.</source>
        <translation>Abgezeichnet von %1 am %2.</translation>
    </message>
    <message>
        <source>run, list or show.</source>
        <translation>run, list oder show.</translation>
    </message>
    <message>
        <source>run: the drill plan (TOML); show: a drill id.</source>
        <translation>run: der Übungsplan (TOML); show: eine Übungs-ID.</translation>
    </message>
    <message>
        <source>Who runs the drill and signs it off.</source>
        <translation>Wer die Übung leitet und abzeichnet.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>When the (simulated) incident was declared; default: the plan's, else now.</source>
        <translation>Wann der (simulierte) Vorfall ausgerufen wurde; Standard: der des Plans, sonst jetzt.</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>drill run takes exactly one PLAN file</source>
        <translation>drill run nimmt genau eine PLAN-Datei</translation>
    </message>
    <message>
        <source>drill list takes no arguments</source>
        <translation>drill list nimmt keine Argumente</translation>
    </message>
    <message>
        <source>No drills recorded yet (run one with: lifeboat-cli drill run PLAN).</source>
        <translation>Noch keine Übungen erfasst (eine ausführen mit: lifeboat-cli drill run PLAN).</translation>
    </message>
    <message>
        <source>%1  %2  %3  RTO %4  RPO %5  %6</source>
        <translation>%1  %2  %3  RTO %4  RPO %5  %6</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>-</source>
        <translation>-</translation>
    </message>
    <message>
        <source>drill show takes exactly one drill ID</source>
        <translation>drill show nimmt genau eine Übungs-ID</translation>
    </message>
    <message>
        <source>no drill %1 in the catalog ("lifeboat-cli drill list" lists them)</source>
        <translation>keine Übung %1 im Katalog („lifeboat-cli drill list“ listet sie auf)</translation>
    </message>
    <message>
        <source>drill needs an action: run PLAN, list or show ID</source>
        <translation>drill braucht eine Aktion: run PLAN, list oder show ID</translation>
    </message>
    <message>
        <source>Disaster-recovery drills: run a plan, list past drills, show one.</source>
        <translation>Notfallübungen: einen Plan ausführen, frühere Übungen auflisten, eine anzeigen.</translation>
    </message>
    <message>
        <source>       evidence: %1</source>
        <translation>       Nachweis: %1</translation>
    </message>
    <message>
        <source>Ask on the terminal for each manual step's checklist and an evidence note (otherwise they are skipped).</source>
        <translation>Im Terminal nach der Checkliste jedes manuellen Schritts und einem Nachweis fragen (sonst werden sie übersprungen).</translation>
    </message>
    <message>
        <source>Manual step %1 of %2: %3</source>
        <translation>Manueller Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>  Done: %1? [y/N/q]</source>
        <translation>  Erledigt: %1? [y/N/q]</translation>
    </message>
    <message>
        <source>  Evidence note (one line; empty for none):</source>
        <translation>  Nachweis (eine Zeile; leer für keinen):</translation>
    </message>
</context>
<context>
    <name>DrillPlanLoader</name>
    <message>
        <source>expected a string in quotes</source>
        <translation>Zeichenkette in Anführungszeichen erwartet</translation>
    </message>
    <message>
        <source>expected a whole number from %1 to %2</source>
        <translation>ganze Zahl von %1 bis %2 erwartet</translation>
    </message>
    <message>
        <source>expected a list of strings, e.g. ["a", "b"]</source>
        <translation>Liste von Zeichenketten erwartet, z. B. ["a", "b"]</translation>
    </message>
    <message>
        <source>expected a duration such as "90m", "2h" or "1h30m"</source>
        <translation>Dauer erwartet, etwa „90m“, „2h“ oder „1h30m“</translation>
    </message>
    <message>
        <source>unknown key (allowed here: %1; see docs/drills.md)</source>
        <translation>unbekannter Schlüssel (hier erlaubt: %1; siehe docs/drills.md)</translation>
    </message>
    <message>
        <source>drill plan %1 does not exist (check the path; resources/drills/quarterly.toml is a sample)</source>
        <translation>Übungsplan %1 existiert nicht (Pfad prüfen; resources/drills/quarterly.toml ist ein Beispiel)</translation>
    </message>
    <message>
        <source>cannot read drill plan %1: %2 (check its permissions)</source>
        <translation>kann Übungsplan %1 nicht lesen: %2 (Berechtigungen prüfen)</translation>
    </message>
    <message>
        <source>%1:%2: %3 (fix the TOML syntax)</source>
        <translation>%1:%2: %3 (die TOML-Syntax korrigieren)</translation>
    </message>
    <message>
        <source>missing (give the drill a name for its report)</source>
        <translation>fehlt (der Übung einen Namen für ihren Bericht geben)</translation>
    </message>
    <message>
        <source>not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)</source>
        <translation>keine Zeitangabe (ISO 8601 verwenden, z. B. 2025-01-28T14:25:00Z)</translation>
    </message>
    <message>
        <source>a plan needs at least one [[steps]] table</source>
        <translation>ein Plan braucht mindestens eine [[steps]]-Tabelle</translation>
    </message>
    <message>
        <source>expected a [[steps]] table</source>
        <translation>[[steps]]-Tabelle erwartet</translation>
    </message>
    <message>
        <source>must be one of restore, pitr, sql, row-counts, command, http, manual</source>
        <translation>muss eines von restore, pitr, sql, row-counts, command, http, manual sein</translation>
    </message>
    <message>
        <source>missing (a %1 step needs it)</source>
        <translation>fehlt (ein %1-Schritt braucht es)</translation>
    </message>
    <message>
        <source>expected "latest" or an ISO 8601 time</source>
        <translation>„latest“ oder eine Zeit nach ISO 8601 erwartet</translation>
    </message>
    <message>
        <source>missing (the text the query's first value must be)</source>
        <translation>fehlt (der Text, den der erste Wert der Abfrage haben muss)</translation>
    </message>
    <message>
        <source>no restore step comes before this one</source>
        <translation>kein restore-Schritt kommt vor diesem</translation>
    </message>
    <message>
        <source>no restore or pitr step named "%1" comes before this one</source>
        <translation>kein restore- oder pitr-Schritt namens „%1“ kommt vor diesem</translation>
    </message>
    <message>
        <source>missing (the program and its arguments as a list)</source>
        <translation>fehlt (das Programm und seine Argumente als Liste)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>Export an app-export job's configuration (e.g. MCP Gateway tools, gateways, servers) as JSON the application can import too.</source>
        <translation>Die Konfiguration eines app-export-Jobs (z. B. Werkzeuge, Gateways, Server eines MCP Gateway) als JSON exportieren, das auch die Anwendung importieren kann.</translation>
    </message>
    <message>
        <source>An app-export job.</source>
        <translation>Ein app-export-Job.</translation>
    </message>
    <message>
        <source>The file to write (mode 0600, written atomically).</source>
        <translation>Die zu schreibende Datei (Modus 0600, atomar geschrieben).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Only these entity types (comma-separated).</source>
        <translation>Nur diese Entitätstypen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>T,...</source>
        <translation>T,...</translation>
    </message>
    <message>
        <source>Leave these entity types out.</source>
        <translation>Diese Entitätstypen auslassen.</translation>
    </message>
    <message>
        <source>Only entities carrying one of these tags.</source>
        <translation>Nur Entitäten mit einem dieser Tags.</translation>
    </message>
    <message>
        <source>Include disabled entities too.</source>
        <translation>Auch deaktivierte Entitäten einbeziehen.</translation>
    </message>
    <message>
        <source>Do not bring in what selected entities need (a server's tools, a tool's gateway).</source>
        <translation>Nicht mitnehmen, was die gewählten Entitäten brauchen (die Werkzeuge eines Servers, das Gateway eines Werkzeugs).</translation>
    </message>
    <message>
        <source>File holding the source environment's application secret (e.g. AUTH_ENCRYPTION_SECRET).</source>
        <translation>Datei mit dem Anwendungsgeheimnis der Quellumgebung (z. B. AUTH_ENCRYPTION_SECRET).</translation>
    </message>
    <message>
        <source>File holding the target environment's application secret: secrets are re-encrypted for it.</source>
        <translation>Datei mit dem Anwendungsgeheimnis der Zielumgebung: die Geheimnisse werden dafür neu verschlüsselt.</translation>
    </message>
    <message>
        <source>Who the file says exported it (default: the OS user).</source>
        <translation>Wer laut Datei exportiert hat (Standard: der Betriebssystembenutzer).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>export takes exactly one JOB (see lifeboat-cli export --help)</source>
        <translation>export nimmt genau einen JOB (siehe lifeboat-cli export --help)</translation>
    </message>
    <message>
        <source>export needs --output FILE</source>
        <translation>export braucht --output DATEI</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n entit(ies) of job %1 from %2 to %3</source>
        <translation><numerusform>%n Entität des Jobs %1 aus %2 nach %3 exportiert</numerusform><numerusform>%n Entitäten des Jobs %1 aus %2 nach %3 exportiert</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  %n secret(s) re-encrypted for the target's secret</source>
        <translation><numerusform>  %n Geheimnis für das Geheimnis des Ziels neu verschlüsselt</numerusform><numerusform>  %n Geheimnisse für das Geheimnis des Ziels neu verschlüsselt</numerusform></translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>%1 %2: disk full (%3 free in %4; free space or choose another repository)</source>
        <translation>%1 %2: Datenträger voll (%3 frei in %4; Platz schaffen oder ein anderes Repository wählen)</translation>
    </message>
    <message>
        <source>%1 %2: %3 (check the path)</source>
        <translation>%1 %2: %3 (den Pfad prüfen)</translation>
    </message>
    <message>
        <source>%1 %2: %3 (check permissions and that the folder is writable)</source>
        <translation>%1 %2: %3 (Rechte prüfen und ob der Ordner beschreibbar ist)</translation>
    </message>
    <message>
        <source>%1 %2: it already exists (choose another name)</source>
        <translation>%1 %2: existiert bereits (einen anderen Namen wählen)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1 %2: %3</translation>
    </message>
    <message>
        <source>cannot open folder</source>
        <translation>Ordner nicht zu öffnen</translation>
    </message>
    <message>
        <source>cannot sync folder</source>
        <translation>Ordner nicht zu synchronisieren</translation>
    </message>
    <message>
        <source>cannot rename into</source>
        <translation>Umbenennen nicht möglich nach</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>Anlegen nicht möglich:</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich:</translation>
    </message>
    <message>
        <source>cannot sync</source>
        <translation>Synchronisieren nicht möglich:</translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation>Ordner nicht anzulegen:</translation>
    </message>
    <message>
        <source>%1 already exists</source>
        <translation>%1 existiert bereits</translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>cannot create</source>
        <translation>Anlegen nicht möglich:</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich:</translation>
    </message>
    <message>
        <source>cannot sync</source>
        <translation>Synchronisieren nicht möglich:</translation>
    </message>
    <message>
        <source>cannot close</source>
        <translation>Schließen nicht möglich:</translation>
    </message>
</context>
<context>
    <name>FileTreeWalker</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>cannot list folder</source>
        <translation>Auflisten des Ordners nicht möglich:</translation>
    </message>
    <message>
        <source>cannot look at</source>
        <translation>Untersuchen nicht möglich:</translation>
    </message>
</context>
<context>
    <name>FilesBackupSource</name>
    <message>
        <source>folder %1 does not exist (check the job's path; for a Docker volume, its _data folder)</source>
        <translation>Ordner %1 existiert nicht (path des Auftrags prüfen; bei einem Docker-Volume dessen _data-Ordner)</translation>
    </message>
    <message>
        <source>%1 is not a folder (a files job backs up a folder)</source>
        <translation>%1 ist kein Ordner (ein Dateiauftrag sichert einen Ordner)</translation>
    </message>
    <message>
        <source>Listing %1</source>
        <translation>%1 wird aufgelistet</translation>
    </message>
    <message>
        <source>warning: left out %1: %2</source>
        <translation>Warnung: %1 ausgelassen: %2</translation>
    </message>
    <message>
        <source>warning: %1 changed while it was read; its copy may be inconsistent</source>
        <translation>Warnung: %1 hat sich beim Lesen geändert; seine Kopie ist vielleicht inkonsistent</translation>
    </message>
    <message>
        <source>Packing %1 (%2 bytes)</source>
        <translation>%1 wird gepackt (%2 Bytes)</translation>
    </message>
    <message>
        <source>libarchive cannot start reading files (out of memory?)</source>
        <translation>libarchive kann das Lesen der Dateien nicht beginnen (kein Speicher mehr?)</translation>
    </message>
    <message>
        <source>a Lifeboat repository (its backups are not backed up again)</source>
        <translation>ein Lifeboat-Repository (seine Sicherungen werden nicht erneut gesichert)</translation>
    </message>
    <message>
        <source>warning: %1 files changed while they were read in all</source>
        <translation>Warnung: insgesamt %1 Dateien haben sich beim Lesen geändert</translation>
    </message>
    <message>
        <source>%1 file(s) changed while the folder was read (first: %2), and the job asks for a consistent copy: stop the application writing to %3 or back up a snapshot of it (see docs/files.md), then run the backup again</source>
        <translation>%1 Datei(en) haben sich beim Lesen des Ordners geändert (zuerst: %2), und der Auftrag verlangt eine konsistente Kopie: die Anwendung, die in %3 schreibt, anhalten oder einen Snapshot davon sichern (siehe docs/files.md), dann die Sicherung erneut starten</translation>
    </message>
    <message>
        <source>a socket (tar cannot hold one; the application recreates it)</source>
        <translation>ein Socket (tar kann keinen aufnehmen; die Anwendung legt ihn neu an)</translation>
    </message>
    <message>
        <source>a device file (a safe restore refuses device files)</source>
        <translation>eine Gerätedatei (eine sichere Wiederherstellung lehnt Gerätedateien ab)</translation>
    </message>
    <message>
        <source>cannot read the symlink</source>
        <translation>Lesen des symbolischen Links nicht möglich:</translation>
    </message>
    <message>
        <source>a symlink pointing outside the folder (to %1); a safe restore refuses it</source>
        <translation>ein symbolischer Link aus dem Ordner hinaus (auf %1); eine sichere Wiederherstellung lehnt ihn ab</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>Lesen nicht möglich:</translation>
    </message>
    <message>
        <source>a file of an unknown type</source>
        <translation>eine Datei unbekannten Typs</translation>
    </message>
    <message>
        <source>cannot read the attributes of %1: %2</source>
        <translation>die Attribute von %1 können nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>FilesExtractSink</name>
    <message>
        <source>the archive member "%1" is refused: %2; nothing was written outside the restore folder (the archive was not written by Lifeboat or was tampered with)</source>
        <translation>der Archiveintrag „%1“ wird abgelehnt: %2; außerhalb des Wiederherstellungsordners wurde nichts geschrieben (das Archiv stammt nicht von Lifeboat oder wurde manipuliert)</translation>
    </message>
    <message>
        <source>an absolute path, an empty name or a ".." component</source>
        <translation>ein absoluter Pfad, ein leerer Name oder ein „..“-Bestandteil</translation>
    </message>
    <message>
        <source>it appears twice</source>
        <translation>er kommt zweimal vor</translation>
    </message>
    <message>
        <source>a symlink pointing outside the restore folder (to %1)</source>
        <translation>ein symbolischer Link aus dem Wiederherstellungsordner hinaus (auf %1)</translation>
    </message>
    <message>
        <source>a device file</source>
        <translation>eine Gerätedatei</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>ein Socket</translation>
    </message>
    <message>
        <source>a member of an unknown type</source>
        <translation>ein Eintrag unbekannten Typs</translation>
    </message>
    <message>
        <source>a hard link to %1, which is not a file unpacked before it</source>
        <translation>ein harter Link auf %1, das keine vorher entpackte Datei ist</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated in its manifest: %1</source>
        <translation>das Archiv ist in seinem Manifest beschädigt oder abgeschnitten: %1</translation>
    </message>
    <message>
        <source>the archive's manifest is larger than 1 GiB: it was not written by Lifeboat</source>
        <translation>das Manifest des Archivs ist größer als 1 GiB: es stammt nicht von Lifeboat</translation>
    </message>
    <message>
        <source>the archive ends without its manifest: it is truncated or not a Lifeboat files backup (use another backup)</source>
        <translation>das Archiv endet ohne sein Manifest: es ist abgeschnitten oder keine Lifeboat-Dateisicherung (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>the archive holds %1 members but its manifest lists %2 (use another backup)</source>
        <translation>das Archiv enthält %1 Einträge, sein Manifest nennt aber %2 (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>%1 is in the manifest but not in the archive (use another backup)</source>
        <translation>%1 steht im Manifest, fehlt aber im Archiv (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>%1 is a %2 in the archive but a %3 in the manifest (use another backup)</source>
        <translation>%1 ist im Archiv ein(e) %2, im Manifest aber ein(e) %3 (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>%1 does not match its SHA-256 in the manifest (use another backup)</source>
        <translation>%1 stimmt nicht mit seinem SHA-256 im Manifest überein (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>a symlink pointing outside the restore folder through another symlink (to %1)</source>
        <translation>ein symbolischer Link, der über einen anderen Link aus dem Wiederherstellungsordner hinausführt (auf %1)</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated: %1 (use another backup)</source>
        <translation>das Archiv ist beschädigt oder abgeschnitten: %1 (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>it follows the manifest, which ends a Lifeboat archive</source>
        <translation>er folgt auf das Manifest, das ein Lifeboat-Archiv abschließt</translation>
    </message>
    <message>
        <source>cannot restore %1: %2</source>
        <translation>%1 kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the archive is damaged or truncated in %1: %2 (use another backup)</source>
        <translation>das Archiv ist in %1 beschädigt oder abgeschnitten: %2 (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>its data blocks overlap</source>
        <translation>seine Datenblöcke überlappen sich</translation>
    </message>
    <message>
        <source>cannot finish restoring folder times and permissions: %1</source>
        <translation>Zeiten und Rechte der Ordner können nicht fertig gesetzt werden: %1</translation>
    </message>
    <message>
        <source>cannot restore %1: disk full (%2 free in %3; free space there or restore elsewhere with --to)</source>
        <translation>%1 kann nicht wiederhergestellt werden: Datenträger voll (%2 frei in %3; dort Platz schaffen oder mit --to woandershin wiederherstellen)</translation>
    </message>
</context>
<context>
    <name>FilesManifest</name>
    <message>
        <source>the file manifest is not valid JSON: %1 (use another backup)</source>
        <translation>das Dateimanifest ist kein gültiges JSON: %1 (eine andere Sicherung verwenden)</translation>
    </message>
    <message>
        <source>the file manifest has an unknown format "%1" (expected %2)</source>
        <translation>das Dateimanifest hat ein unbekanntes Format „%1“ (erwartet: %2)</translation>
    </message>
    <message>
        <source>the file manifest has a malformed entry "%1" (use another backup)</source>
        <translation>das Dateimanifest hat einen fehlerhaften Eintrag „%1“ (eine andere Sicherung verwenden)</translation>
    </message>
</context>
<context>
    <name>GzipDecompressor</name>
    <message>
        <source>gzip data is corrupt: %1</source>
        <translation>gzip-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>gzip data is corrupt</source>
        <translation>gzip-Daten sind beschädigt</translation>
    </message>
    <message>
        <source>gzip data is truncated: the stream ends inside a member</source>
        <translation>gzip-Daten sind abgeschnitten: der Strom endet mitten in einem Abschnitt</translation>
    </message>
</context>
<context>
    <name>HistoryCharts</name>
    <message>
        <source>Stored size per backup</source>
        <translation>Gespeicherte Größe je Sicherung</translation>
    </message>
    <message>
        <source>Backup duration</source>
        <translation>Dauer der Sicherung</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>% successful</source>
        <translation>% erfolgreich</translation>
    </message>
    <message>
        <source>Weekly success rate</source>
        <translation>Erfolgsquote je Woche</translation>
    </message>
    <message>
        <source>stored now</source>
        <translation>jetzt gespeichert</translation>
    </message>
    <message>
        <source>kept by retention at today's sizes</source>
        <translation>Prognose laut Aufbewahrung</translation>
    </message>
    <message>
        <source>Repository usage and forecast</source>
        <translation>Belegung und Prognose des Repositorys</translation>
    </message>
</context>
<context>
    <name>HttpConnection</name>
    <message>
        <source>cannot connect to %1: %2</source>
        <translation>keine Verbindung zu %1: %2</translation>
    </message>
    <message>
        <source>%1 closed the connection</source>
        <translation>%1 hat die Verbindung geschlossen</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1 sent a header line longer than 64 KiB</source>
        <translation>%1 hat eine Kopfzeile über 64 KiB gesendet</translation>
    </message>
    <message>
        <source>cannot send to %1: %2</source>
        <translation>Senden an %1 nicht möglich: %2</translation>
    </message>
    <message>
        <source>%1 does not speak HTTP/1.1 (it answered "%2")</source>
        <translation>%1 spricht kein HTTP/1.1 (Antwort: „%2“)</translation>
    </message>
    <message>
        <source>%1 sent a malformed chunked answer</source>
        <translation>%1 hat eine fehlerhafte Chunked-Antwort gesendet</translation>
    </message>
</context>
<context>
    <name>ImportApplier</name>
    <message>
        <source>import cancelled; nothing was written</source>
        <translation>Import abgebrochen; nichts wurde geschrieben</translation>
    </message>
    <message>
        <source>%1 '%2': %3</source>
        <translation>%1 „%2“: %3</translation>
    </message>
    <message>
        <source>link %1 %2 -&gt; %3: %4</source>
        <translation>Verknüpfung %1 %2 -&gt; %3: %4</translation>
    </message>
    <message>
        <source>import rolled back, the database is as it was: %1</source>
        <translation>Import zurückgerollt, die Datenbank ist wie zuvor: %1</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>Import an export file (Lifeboat's or the application's own) into an app-export job's database, atomically; --dry-run prints the plan.</source>
        <translation>Eine Exportdatei (von Lifeboat oder der Anwendung) atomar in die Datenbank eines app-export-Jobs importieren; --dry-run zeigt den Plan.</translation>
    </message>
    <message>
        <source>An app-export job (its database is the target).</source>
        <translation>Ein app-export-Job (seine Datenbank ist das Ziel).</translation>
    </message>
    <message>
        <source>An export file, or the id of an app-export backup (e.g. a safety export).</source>
        <translation>Eine Exportdatei oder die ID einer app-export-Sicherung (z. B. eines Sicherheitsexports).</translation>
    </message>
    <message>
        <source>Print the plan (create/update/skip/rename/conflict per entity) and write nothing.</source>
        <translation>Den Plan ausgeben (anlegen/aktualisieren/überspringen/umbenennen/Konflikt je Entität) und nichts schreiben.</translation>
    </message>
    <message>
        <source>What to do with entities that exist already: skip, update (changed fields, links merged; default), rename (&lt;name&gt;_imported_&lt;n&gt;), fail (abort before writing), replace (make the database equal to the file: the undo of an import, from its safety export).</source>
        <translation>Was mit bereits vorhandenen Entitäten geschieht: skip, update (geänderte Felder, Verknüpfungen zusammengeführt; Standard), rename (&lt;name&gt;_imported_&lt;n&gt;), fail (vor dem Schreiben abbrechen), replace (Datenbank gleich der Datei machen: das Rückgängigmachen eines Imports aus seinem Sicherheitsexport).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Only these entity types (comma-separated).</source>
        <translation>Nur diese Entitätstypen (durch Kommas getrennt).</translation>
    </message>
    <message>
        <source>T,...</source>
        <translation>T,...</translation>
    </message>
    <message>
        <source>Take a safety export of the database first (the default).</source>
        <translation>Zuerst einen Sicherheitsexport der Datenbank erstellen (Standard).</translation>
    </message>
    <message>
        <source>Skip the safety export.</source>
        <translation>Den Sicherheitsexport auslassen.</translation>
    </message>
    <message>
        <source>File holding the secret the file's secrets are encrypted under.</source>
        <translation>Datei mit dem Geheimnis, unter dem die Geheimnisse der Datei verschlüsselt sind.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>File holding the target application's secret: secrets are re-encrypted for it.</source>
        <translation>Datei mit dem Geheimnis der Zielanwendung: die Geheimnisse werden dafür neu verschlüsselt.</translation>
    </message>
    <message>
        <source>import takes JOB and FILE (see lifeboat-cli import --help)</source>
        <translation>import nimmt JOB und DATEI (siehe lifeboat-cli import --help)</translation>
    </message>
    <message>
        <source>unknown strategy "%1" (use skip, update, rename, fail or replace)</source>
        <translation>unbekannte Strategie „%1“ (skip, update, rename, fail oder replace verwenden)</translation>
    </message>
    <message>
        <source>Plan for importing %1 into %2 (strategy %3):</source>
        <translation>Plan für den Import von %1 in %2 (Strategie %3):</translation>
    </message>
    <message>
        <source>Importing %1 into %2 (strategy %3):</source>
        <translation>%1 wird in %2 importiert (Strategie %3):</translation>
    </message>
    <message>
        <source> -&gt; %1</source>
        <translation> -&gt; %1</translation>
    </message>
    <message>
        <source>matched %1</source>
        <translation>Übereinstimmung: %1</translation>
    </message>
    <message>
        <source>differs: %1</source>
        <translation>weicht ab: %1</translation>
    </message>
    <message>
        <source>  links: %1 to add, %2 to remove</source>
        <translation>  Verknüpfungen: %1 hinzuzufügen, %2 zu entfernen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>create %1, update %2, unchanged %3, skip %4, rename %5, delete %6, conflict %7</source>
        <translation>anlegen %1, aktualisieren %2, unverändert %3, überspringen %4, umbenennen %5, löschen %6, Konflikt %7</translation>
    </message>
    <message>
        <source>Dry run, nothing written: %1.</source>
        <translation>Probelauf, nichts geschrieben: %1.</translation>
    </message>
    <message>
        <source>Imported in one transaction (%1): created %2, updated %3, skipped %4, renamed %5, deleted %6, failed 0.</source>
        <translation>In einer Transaktion importiert (%1): angelegt %2, aktualisiert %3, übersprungen %4, umbenannt %5, gelöscht %6, fehlgeschlagen 0.</translation>
    </message>
    <message>
        <source>Nothing to change: %1.</source>
        <translation>Nichts zu ändern: %1.</translation>
    </message>
    <message>
        <source>Safety export: %1 (undo with: lifeboat-cli import %2 %1 --strategy replace)</source>
        <translation>Sicherheitsexport: %1 (rückgängig mit: lifeboat-cli import %2 %1 --strategy replace)</translation>
    </message>
</context>
<context>
    <name>ImportPlanner</name>
    <message>
        <source>%1 '%2' field %3: %4 (%5) is neither in the file nor in the database</source>
        <translation>%1 „%2“ Feld %3: %4 (%5) ist weder in der Datei noch in der Datenbank</translation>
    </message>
    <message numerus="yes">
        <source>%n %1 refer to %2 values the target database does not have (%3); they are imported without them</source>
        <translation><numerusform>%n %1 verweist auf %2-Werte, die die Zieldatenbank nicht hat (%3); ohne sie importiert</numerusform><numerusform>%n %1 verweisen auf %2-Werte, die die Zieldatenbank nicht hat (%3); ohne sie importiert</numerusform></translation>
    </message>
    <message>
        <source>%1 '%2' appears twice in the file (%3)</source>
        <translation>%1 „%2“ steht zweimal in der Datei (%3)</translation>
    </message>
    <message>
        <source>%1: the target's table %2 has no column %3; those values are not imported (is it an older release?)</source>
        <translation>%1: die Tabelle %2 des Ziels hat keine Spalte %3; diese Werte werden nicht importiert (ist es eine ältere Version?)</translation>
    </message>
    <message>
        <source>not in the file</source>
        <translation>nicht in der Datei</translation>
    </message>
    <message>
        <source>%1 '%2' field %3: %4 '%5' is neither in the file nor in the database</source>
        <translation>%1 „%2“ Feld %3: %4 „%5“ ist weder in der Datei noch in der Datenbank</translation>
    </message>
    <message>
        <source>%1 (%2) field %3: %4 (%5) is neither in the file nor in the database</source>
        <translation>%1 (%2) Feld %3: %4 (%5) ist weder in der Datei noch in der Datenbank</translation>
    </message>
    <message>
        <source>unknown strategy "%1" (use %2)</source>
        <translation>unbekannte Strategie „%1“ (%2 verwenden)</translation>
    </message>
    <message>
        <source>unknown entity type "%1" (known: %2)</source>
        <translation>unbekannter Entitätstyp „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>the file cannot be imported: %1%2 (nothing was written)</source>
        <translation>die Datei kann nicht importiert werden: %1%2 (nichts wurde geschrieben)</translation>
    </message>
    <message numerus="yes">
        <source>; and %n more problem(s)</source>
        <translation><numerusform>; und %n weiteres Problem</numerusform><numerusform>; und %n weitere Probleme</numerusform></translation>
    </message>
</context>
<context>
    <name>JobCheck</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>fix path in the job</source>
        <translation>path im Auftrag korrigieren</translation>
    </message>
    <message>
        <source>%1 is not readable</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>run Lifeboat as a user that may read it</source>
        <translation>Lifeboat als Benutzer ausführen, der sie lesen darf</translation>
    </message>
    <message>
        <source>point path at an SQLite database</source>
        <translation>path auf eine SQLite-Datenbank zeigen lassen</translation>
    </message>
    <message>
        <source>SQLite database %1, %2, %3 tables, journal mode %4</source>
        <translation>SQLite-Datenbank %1, %2, %3 Tabellen, Journalmodus %4</translation>
    </message>
    <message>
        <source>add [jobs.%1] to the config</source>
        <translation>[jobs.%1] in der Konfiguration ergänzen</translation>
    </message>
    <message>
        <source>jobs of kind "%1" are not available in this build</source>
        <translation>Aufträge der Art „%1“ gibt es in dieser Version nicht</translation>
    </message>
    <message>
        <source>fix the job's recipients or passphrase_file</source>
        <translation>recipients oder passphrase_file des Auftrags korrigieren</translation>
    </message>
    <message>
        <source>backups are stored unencrypted</source>
        <translation>Sicherungen werden unverschlüsselt gespeichert</translation>
    </message>
    <message>
        <source>set encryption = "openpgp" with recipients (public keys)</source>
        <translation>encryption = "openpgp" mit recipients (öffentlichen Schlüsseln) setzen</translation>
    </message>
    <message>
        <source>OpenPGP (%1)</source>
        <translation>OpenPGP (%1)</translation>
    </message>
    <message>
        <source>fix [repositories.%1]</source>
        <translation>[repositories.%1] korrigieren</translation>
    </message>
    <message>
        <source>make %1 writable for this user, or choose another repository</source>
        <translation>%1 für diesen Benutzer beschreibbar machen oder ein anderes Repository wählen</translation>
    </message>
    <message>
        <source>%1 is writable, %2 free</source>
        <translation>%1 ist beschreibbar, %2 frei</translation>
    </message>
    <message>
        <source>unknown space</source>
        <translation>unbekannt viel Platz</translation>
    </message>
    <message>
        <source>set profile = "mcpgateway" (or a profile file's path)</source>
        <translation>profile = "mcpgateway" setzen (oder den Pfad einer Profildatei)</translation>
    </message>
    <message>
        <source>fix the job's path or conninfo</source>
        <translation>path oder conninfo des Jobs berichtigen</translation>
    </message>
    <message>
        <source>point the job at the application's database</source>
        <translation>den Job auf die Datenbank der Anwendung richten</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>fix path in the job (for a Docker volume: docker volume inspect NAME, its Mountpoint)</source>
        <translation>path im Auftrag korrigieren (für ein Docker-Volume: docker volume inspect NAME, dessen Mountpoint)</translation>
    </message>
    <message>
        <source>run Lifeboat as a user that may read the whole folder</source>
        <translation>Lifeboat als Benutzer ausführen, der den ganzen Ordner lesen darf</translation>
    </message>
    <message>
        <source>folder %1: %2 files, %3 to back up</source>
        <translation>Ordner %1: %2 Dateien, %3 zu sichern</translation>
    </message>
    <message>
        <source>%1; left out as Lifeboat repositories: %2</source>
        <translation>%1; als Lifeboat-Repositories ausgelassen: %2</translation>
    </message>
    <message>
        <source>keep repositories outside the folders they back up</source>
        <translation>Repositories außerhalb der Ordner halten, die sie sichern</translation>
    </message>
    <message>
        <source>use kind = "postgresql", "postgresql-cluster", "sqlite", "files" or "app-export"</source>
        <translation>kind = "postgresql", "postgresql-cluster", "sqlite", "files" oder "app-export" verwenden</translation>
    </message>
</context>
<context>
    <name>JobHealth</name>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>no successful backup yet</source>
        <translation>noch keine erfolgreiche Sicherung</translation>
    </message>
    <message>
        <source>the last run failed</source>
        <translation>der letzte Lauf ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>the newest good backup failed verification</source>
        <translation>die neueste gute Sicherung hat die Prüfung nicht bestanden</translation>
    </message>
    <message>
        <source>the newest backup is %1 old, over twice the objective of %2</source>
        <translation>die neueste Sicherung ist %1 alt, mehr als das Doppelte des Ziels von %2</translation>
    </message>
    <message>
        <source>the newest backup is %1 old, over the objective of %2</source>
        <translation>die neueste Sicherung ist %1 alt, über dem Ziel von %2</translation>
    </message>
    <message>
        <source>no schedule: backups run only by hand</source>
        <translation>kein Zeitplan: Sicherungen laufen nur von Hand</translation>
    </message>
    <message>
        <source>the newest backup was never verified</source>
        <translation>die neueste Sicherung wurde nie geprüft</translation>
    </message>
    <message>
        <source>repository "%1" has room for fewer than two more backups</source>
        <translation>Repository „%1“ hat Platz für weniger als zwei weitere Sicherungen</translation>
    </message>
</context>
<context>
    <name>JobSupport</name>
    <message>
        <source>no job named "%1" in %2 (jobs: %3)</source>
        <translation>kein Auftrag namens „%1“ in %2 (Aufträge: %3)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>no repository named "%1" in %2 (define [repositories.%1])</source>
        <translation>kein Repository namens „%1“ in %2 ([repositories.%1] anlegen)</translation>
    </message>
    <message>
        <source>job "%1" keeps its passphrase in the desktop keychain, which only the desktop app can read (for cron, timers and the command line add passphrase_file)</source>
        <translation>Auftrag „%1“ bewahrt seine Passphrase im Schlüsselbund des Desktops auf, den nur die Desktop-Anwendung lesen kann (für Cron, Timer und die Kommandozeile passphrase_file ergänzen)</translation>
    </message>
    <message>
        <source>Passphrase of job %1</source>
        <translation>Passphrase des Jobs %1</translation>
    </message>
</context>
<context>
    <name>JsonSchema</name>
    <message>
        <source>the schema uses keyword %1, which this validator does not support</source>
        <translation>das Schema nutzt das Schlüsselwort %1, das dieser Validator nicht unterstützt</translation>
    </message>
    <message>
        <source>the schema's reference %1 cannot be resolved</source>
        <translation>der Verweis %1 des Schemas lässt sich nicht auflösen</translation>
    </message>
    <message>
        <source>is %1, expected %2</source>
        <translation>ist %1, erwartet %2</translation>
    </message>
    <message>
        <source>%1 is not one of %2</source>
        <translation>%1 ist keiner von %2</translation>
    </message>
    <message>
        <source>must be %1</source>
        <translation>muss %1 sein</translation>
    </message>
    <message>
        <source>is shorter than %1 characters</source>
        <translation>ist kürzer als %1 Zeichen</translation>
    </message>
    <message>
        <source>"%1" does not match the pattern %2</source>
        <translation>„%1“ passt nicht zum Muster %2</translation>
    </message>
    <message>
        <source>is below the minimum %1</source>
        <translation>liegt unter dem Minimum %1</translation>
    </message>
    <message>
        <source>required property "%1" is missing</source>
        <translation>Pflichteigenschaft „%1“ fehlt</translation>
    </message>
    <message>
        <source>property "%1" is not allowed</source>
        <translation>Eigenschaft „%1“ ist nicht erlaubt</translation>
    </message>
    <message>
        <source>has fewer than %1 items</source>
        <translation>hat weniger als %1 Einträge</translation>
    </message>
    <message>
        <source>matches none of the allowed forms (first: %1)</source>
        <translation>passt zu keiner der erlaubten Formen (erste: %1)</translation>
    </message>
    <message>
        <source>matches more than one of the allowed forms</source>
        <translation>passt zu mehr als einer der erlaubten Formen</translation>
    </message>
    <message>
        <source>(top level)</source>
        <translation>(oberste Ebene)</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message>
        <source>no keychain service answered (%1): start GNOME Keyring or KWallet, or keep the secret in a 0600 file</source>
        <translation>kein Schlüsselbund-Dienst antwortete (%1): GNOME Keyring oder KWallet starten oder das Geheimnis in einer 0600-Datei aufbewahren</translation>
    </message>
    <message>
        <source>the keychain refused access (%1): unlock it and try again</source>
        <translation>der Schlüsselbund verweigerte den Zugriff (%1): entsperren und erneut versuchen</translation>
    </message>
    <message>
        <source>keychain error: %1</source>
        <translation>Schlüsselbund-Fehler: %1</translation>
    </message>
</context>
<context>
    <name>KeysCommand</name>
    <message>
        <source>The action (generate).</source>
        <translation>Die Aktion (generate).</translation>
    </message>
    <message>
        <source>Path and base name of the key files: BASE.pub.asc and BASE.sec.asc.</source>
        <translation>Pfad und Basisname der Schlüsseldateien: BASIS.pub.asc und BASIS.sec.asc.</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <source>The key's user id (default: "Lifeboat backups &lt;lifeboat@HOST&gt;").</source>
        <translation>Die Benutzerkennung des Schlüssels (Standard: "Lifeboat backups &lt;lifeboat@HOST&gt;").</translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <source>Protect the secret key with a passphrase from file:PATH, env:NAME, credential:NAME or prompt (default: unprotected).</source>
        <translation>Den geheimen Schlüssel mit einer Passphrase aus file:PFAD, env:NAME, credential:NAME oder prompt schützen (Standard: ungeschützt).</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>use: lifeboat-cli keys generate --output BASE</source>
        <translation>Aufruf: lifeboat-cli keys generate --output BASIS</translation>
    </message>
    <message>
        <source>keys generate needs --output BASE (e.g. /secure/backup-key)</source>
        <translation>keys generate braucht --output BASIS (z. B. /secure/backup-key)</translation>
    </message>
    <message>
        <source>Passphrase for the new secret key</source>
        <translation>Passphrase für den neuen geheimen Schlüssel</translation>
    </message>
    <message>
        <source>Generated key %1 (%2)</source>
        <translation>Schlüssel %1 erzeugt (%2)</translation>
    </message>
    <message>
        <source>  public key: %1 — put it on every host that writes backups: recipients = ["%1"]</source>
        <translation>  öffentlicher Schlüssel: %1 — auf jeden Rechner, der Sicherungen schreibt: recipients = ["%1"]</translation>
    </message>
    <message>
        <source>  secret key: %1 (mode 0600) — move it off the database hosts: keep it offline or in a password manager, and put it only where restores run (secret_keys = [...]). Without it no backup encrypted to this key can be read.</source>
        <translation>  geheimer Schlüssel: %1 (Modus 0600) — von den Datenbankrechnern entfernen: offline oder in einem Passwortmanager aufbewahren und nur dort ablegen, wo Wiederherstellungen laufen (secret_keys = [...]). Ohne ihn ist keine an diesen Schlüssel verschlüsselte Sicherung lesbar.</translation>
    </message>
    <message>
        <source>keys generate: create an OpenPGP key pair for public-key backups and say where each half belongs.</source>
        <translation>keys generate: ein OpenPGP-Schlüsselpaar für Sicherungen mit öffentlichem Schlüssel erzeugen und sagen, wohin jede Hälfte gehört.</translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Only backups of this job.</source>
        <translation>Nur Sicherungen dieses Auftrags.</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>list takes no arguments (use --job JOB)</source>
        <translation>list hat keine Argumente (--job AUFTRAG verwenden)</translation>
    </message>
    <message>
        <source>No backups yet. Run "lifeboat-cli backup JOB" (jobs: %1).</source>
        <translation>Noch keine Sicherungen. „lifeboat-cli backup AUFTRAG“ ausführen (Aufträge: %1).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation>BEGONNEN (UTC)</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>TIME</source>
        <translation>DAUER</translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation>GEPRÜFT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation>BESCHRIFTUNG</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source> [kept forever]</source>
        <translation> [dauerhaft behalten]</translation>
    </message>
    <message>
        <source>List backups in the catalog, newest first.</source>
        <translation>Sicherungen im Katalog auflisten, neueste zuerst.</translation>
    </message>
    <message>
        <source> [not yet offsite: %1]</source>
        <translation> [noch nicht extern: %1]</translation>
    </message>
</context>
<context>
    <name>LocalRepository</name>
    <message>
        <source>cannot open lock file</source>
        <translation>Sperrdatei nicht zu öffnen:</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>job "%1" is busy: another run (pid %2) holds its lock (wait for it to finish)</source>
        <translation>Auftrag „%1“ ist belegt: ein anderer Lauf (PID %2) hält die Sperre (warten, bis er fertig ist)</translation>
    </message>
    <message>
        <source>backup %1 already exists in repository "%2" (wait a second and run again)</source>
        <translation>Sicherung %1 gibt es schon im Repository „%2“ (eine Sekunde warten und erneut ausführen)</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>Lesen nicht möglich:</translation>
    </message>
    <message>
        <source>repository "%1" not found at %2 (check its path, or mount it)</source>
        <translation>Repository „%1“ nicht gefunden unter %2 (Pfad prüfen oder einhängen)</translation>
    </message>
    <message>
        <source>artifact %1 is missing from repository "%2" (restore it from a copy or choose another backup)</source>
        <translation>Datei %1 fehlt im Repository „%2“ (aus einer Kopie wiederherstellen oder eine andere Sicherung wählen)</translation>
    </message>
    <message>
        <source>%1 already exists in repository "%2"</source>
        <translation>%1 existiert bereits im Repository „%2“</translation>
    </message>
    <message>
        <source>%1 is missing from repository "%2"</source>
        <translation>%1 fehlt im Repository „%2“</translation>
    </message>
    <message>
        <source>cannot remove</source>
        <translation>kann nicht entfernen</translation>
    </message>
    <message>
        <source>repository "%1": folder %2 can be written by others (mode %3), so anyone could replace or delete its backups; run: chmod 700 %2</source>
        <translation>Repository „%1“: Ordner %2 ist für andere beschreibbar (Modus %3), sodass jeder seine Sicherungen ersetzen oder löschen könnte; ausführen: chmod 700 %2</translation>
    </message>
</context>
<context>
    <name>MappedWal</name>
    <message>
        <source>cannot read WAL file %1: %2 (archive_command must pass %p, run in the data directory)</source>
        <translation>WAL-Datei %1 kann nicht gelesen werden: %2 (archive_command muss %p übergeben und im Datenverzeichnis laufen)</translation>
    </message>
    <message>
        <source>cannot read WAL file %1: %2</source>
        <translation>WAL-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
</context>
<context>
    <name>MetricsCommand</name>
    <message>
        <source>Write the metrics to this .prom file atomically (node_exporter textfile collector).</source>
        <translation>Die Metriken atomar in diese .prom-Datei schreiben (Textfile-Collector von node_exporter).</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>metrics takes no arguments (see lifeboat-cli metrics --help)</source>
        <translation>metrics nimmt keine Argumente (siehe lifeboat-cli metrics --help)</translation>
    </message>
    <message>
        <source>Print Prometheus metrics of every job (or write them atomically to a node_exporter textfile).</source>
        <translation>Prometheus-Metriken aller Aufträge ausgeben (oder atomar in eine node_exporter-Textdatei schreiben).</translation>
    </message>
</context>
<context>
    <name>MetricsHttpServer</name>
    <message>
        <source>--metrics-listen takes ADDR:PORT, e.g. 127.0.0.1:9187 (got "%1")</source>
        <translation>--metrics-listen erwartet ADRESSE:PORT, z. B. 127.0.0.1:9187 (erhalten: „%1“)</translation>
    </message>
    <message>
        <source>cannot serve metrics on %1: %2 (choose another port)</source>
        <translation>kann Metriken auf %1 nicht anbieten: %2 (einen anderen Port wählen)</translation>
    </message>
</context>
<context>
    <name>Notifier</name>
    <message>
        <source>webhook %1 is not an http:// or https:// URL</source>
        <translation>Webhook %1 ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>no HTTP answer</source>
        <translation>keine HTTP-Antwort</translation>
    </message>
    <message numerus="yes">
        <source>webhook %1 did not take the notification after %n attempt(s): %2</source>
        <translation><numerusform>Webhook %1 hat die Benachrichtigung nach %n Versuch nicht angenommen: %2</numerusform><numerusform>Webhook %1 hat die Benachrichtigung nach %n Versuchen nicht angenommen: %2</numerusform></translation>
    </message>
    <message>
        <source>cannot run %1 to send e-mail: %2 (install a mail transfer agent or set notifications.sendmail)</source>
        <translation>kann %1 zum Senden der E-Mail nicht ausführen: %2 (einen Mail-Transfer-Agenten installieren oder notifications.sendmail setzen)</translation>
    </message>
    <message>
        <source>%1 did not accept the e-mail: %2</source>
        <translation>%1 hat die E-Mail nicht angenommen: %2</translation>
    </message>
    <message>
        <source>notification not delivered: %1</source>
        <translation>Benachrichtigung nicht zugestellt: %1</translation>
    </message>
</context>
<context>
    <name>OpenPgpKeyGenerator</name>
    <message>
        <source>cannot export the new key</source>
        <translation>der neue Schlüssel kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>%1 exists already; a key file is never overwritten (choose another --output)</source>
        <translation>%1 existiert bereits; eine Schlüsseldatei wird nie überschrieben (ein anderes --output wählen)</translation>
    </message>
    <message>
        <source>folder %1 does not exist</source>
        <translation>Ordner %1 existiert nicht</translation>
    </message>
    <message>
        <source>librnp cannot start</source>
        <translation>librnp kann nicht starten</translation>
    </message>
    <message>
        <source>key generation failed: %1</source>
        <translation>Schlüsselerzeugung fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>OpenPgpKeyring</name>
    <message>
        <source>key file %1 does not exist (check %2 in the job)</source>
        <translation>Schlüsseldatei %1 existiert nicht (%2 im Auftrag prüfen)</translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation>Schlüsseldatei %1 ist nicht lesbar: %2</translation>
    </message>
    <message>
        <source>%1 is not an OpenPGP key file (export one with gpg --armor --export%2 KEYID)</source>
        <translation>%1 ist keine OpenPGP-Schlüsseldatei (mit gpg --armor --export%2 KEYID exportieren)</translation>
    </message>
    <message>
        <source>cannot initialise librnp (reinstall the librnp0 package)</source>
        <translation>librnp lässt sich nicht initialisieren (Paket librnp0 neu installieren)</translation>
    </message>
    <message>
        <source>key file %1 holds no key that can encrypt (use a key with an encryption subkey)</source>
        <translation>Schlüsseldatei %1 enthält keinen Schlüssel zum Verschlüsseln (einen Schlüssel mit Verschlüsselungs-Unterschlüssel verwenden)</translation>
    </message>
</context>
<context>
    <name>OpenPgpStage</name>
    <message>
        <source>OpenPGP encryption failed: %1</source>
        <translation>OpenPGP-Verschlüsselung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>wrong passphrase: the backup cannot be decrypted with it (check passphrase_file)</source>
        <translation>falsche Passphrase: die Sicherung lässt sich damit nicht entschlüsseln (passphrase_file prüfen)</translation>
    </message>
    <message>
        <source>the backup is encrypted but no secret_keys or passphrase_file is configured (add the key that can decrypt it)</source>
        <translation>die Sicherung ist verschlüsselt, aber weder secret_keys noch passphrase_file ist eingerichtet (den Schlüssel hinzufügen, der sie entschlüsselt)</translation>
    </message>
    <message>
        <source>wrong passphrase or not a password-encrypted backup (check passphrase_file)</source>
        <translation>falsche Passphrase oder keine passwortverschlüsselte Sicherung (passphrase_file prüfen)</translation>
    </message>
    <message>
        <source>none of the configured secret_keys can decrypt this backup (add the secret key of a recipient)</source>
        <translation>keiner der eingerichteten secret_keys kann diese Sicherung entschlüsseln (den geheimen Schlüssel eines Empfängers hinzufügen)</translation>
    </message>
    <message>
        <source>OpenPGP data is corrupt or truncated (%1)</source>
        <translation>OpenPGP-Daten sind beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>the OpenPGP data is not encrypted (refusing plain OpenPGP data)</source>
        <translation>die OpenPGP-Daten sind nicht verschlüsselt (unverschlüsselte OpenPGP-Daten werden abgelehnt)</translation>
    </message>
    <message>
        <source>the OpenPGP data has no valid integrity protection (mode %1; refusing it)</source>
        <translation>die OpenPGP-Daten haben keinen gültigen Integritätsschutz (Modus %1; abgelehnt)</translation>
    </message>
    <message>
        <source>OpenPGP data continues after the end of the message</source>
        <translation>OpenPGP-Daten gehen nach dem Ende der Nachricht weiter</translation>
    </message>
</context>
<context>
    <name>PdfReportRenderer</name>
    <message>
        <source>PDF reports need the Qt GUI library to be started (run them with the lifeboat program)</source>
        <translation>PDF-Berichte brauchen die gestartete Qt-GUI-Bibliothek (mit dem Programm lifeboat ausführen)</translation>
    </message>
    <message>
        <source>Lifeboat report</source>
        <translation>Lifeboat-Bericht</translation>
    </message>
    <message>
        <source>cannot write the PDF to %1 (check the folder's permissions and free space)</source>
        <translation>kann die PDF nicht nach %1 schreiben (Berechtigungen des Ordners und freien Platz prüfen)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>cannot finish the PDF %1 (check free space)</source>
        <translation>kann die PDF %1 nicht abschließen (freien Platz prüfen)</translation>
    </message>
    <message>
        <source>the PDF %1 came out empty (check free space)</source>
        <translation>die PDF %1 ist leer geworden (freien Platz prüfen)</translation>
    </message>
</context>
<context>
    <name>PgAccess</name>
    <message>
        <source>cannot create a private temp folder for the password file: %1</source>
        <translation>privater Ordner für die Passwortdatei nicht anzulegen: %1</translation>
    </message>
    <message>
        <source>%1 for PostgreSQL %2 is not installed (install the Debian package postgresql-client-%2)</source>
        <translation>%1 für PostgreSQL %2 ist nicht installiert (das Debian-Paket postgresql-client-%2 installieren)</translation>
    </message>
    <message>
        <source>PostgreSQL password of job %1</source>
        <translation>PostgreSQL-Passwort des Jobs %1</translation>
    </message>
</context>
<context>
    <name>PgBaseBackupSource</name>
    <message>
        <source>Connecting to PostgreSQL</source>
        <translation>Verbindung zu PostgreSQL</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>Auftrag „%1“: %2</translation>
    </message>
    <message>
        <source>job "%1": the server at %2 runs with wal_level = minimal, which allows no base backups (set wal_level = replica and restart it; "lifeboat-cli check %1" prints every setting)</source>
        <translation>Auftrag „%1“: der Server auf %2 läuft mit wal_level = minimal, das keine Basissicherungen erlaubt (wal_level = replica setzen und neu starten; „lifeboat-cli check %1“ nennt alle Einstellungen)</translation>
    </message>
    <message>
        <source>job "%1": the cluster has tablespaces outside its data directory: %2; base backups of such clusters are not supported yet (move them into pg_default, or back the databases up with kind = "postgresql")</source>
        <translation>Auftrag „%1“: der Cluster hat Tablespaces außerhalb seines Datenverzeichnisses: %2; Basissicherungen solcher Cluster werden noch nicht unterstützt (sie nach pg_default verschieben oder die Datenbanken mit kind = "postgresql" sichern)</translation>
    </message>
    <message>
        <source>Copying the cluster with pg_basebackup, compressing, encrypting and storing</source>
        <translation>Cluster wird mit pg_basebackup kopiert, komprimiert, verschlüsselt und gespeichert</translation>
    </message>
    <message>
        <source>pg_basebackup of job "%1" failed</source>
        <translation>pg_basebackup von Auftrag „%1“ fehlgeschlagen</translation>
    </message>
    <message>
        <source>pg_basebackup of job "%1" did not report its WAL start and end points; the backup cannot be used for point-in-time recovery (check the PostgreSQL client version)</source>
        <translation>pg_basebackup von Auftrag „%1“ hat seine WAL-Start- und Endpunkte nicht gemeldet; die Sicherung taugt nicht zur Zeitpunktwiederherstellung (Version der PostgreSQL-Clientwerkzeuge prüfen)</translation>
    </message>
    <message>
        <source>Copying the cluster over a replication connection, compressing, encrypting and storing</source>
        <translation>Kopiere den Cluster über eine Replikationsverbindung, komprimiere, verschlüssele und speichere</translation>
    </message>
    <message>
        <source>base backup of job "%1": %2</source>
        <translation>Basissicherung von Auftrag „%1“: %2</translation>
    </message>
</context>
<context>
    <name>PgBaseBackupStream</name>
    <message>
        <source>cannot open a replication connection for the base backup: %1 (allow "replication" for this user in pg_hba.conf and keep max_wal_senders above 0)</source>
        <translation>keine Replikationsverbindung für die Basissicherung möglich: %1 („replication“ für diesen Benutzer in pg_hba.conf erlauben und max_wal_senders über 0 halten)</translation>
    </message>
    <message>
        <source>the base backup stream from the server broke: %1 (check that the server is running and reachable, then back up again)</source>
        <translation>der Basissicherungs-Stream vom Server ist abgebrochen: %1 (prüfen, ob der Server läuft und erreichbar ist, dann erneut sichern)</translation>
    </message>
    <message>
        <source>the server found data page checksum failures while reading the cluster: %1 (the cluster has damaged pages; find them with pg_checksums or amcheck and repair them before trusting a backup)</source>
        <translation>der Server fand beim Lesen des Clusters Prüfsummenfehler in Datenseiten: %1 (der Cluster hat beschädigte Seiten; sie mit pg_checksums oder amcheck finden und reparieren, bevor man einer Sicherung traut)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the server runs PostgreSQL %1; Lifeboat's own base backup stream needs 15 or later</source>
        <translation>der Server läuft mit PostgreSQL %1; Lifeboats eigener Basissicherungs-Stream braucht 15 oder neuer</translation>
    </message>
    <message>
        <source>the server refused to start the base backup</source>
        <translation>der Server hat den Start der Basissicherung abgelehnt</translation>
    </message>
    <message>
        <source>the server reported an unreadable start point "%1"</source>
        <translation>der Server meldete einen unlesbaren Startpunkt „%1“</translation>
    </message>
    <message>
        <source>the server did not describe the backup's tablespaces</source>
        <translation>der Server hat die Tablespaces der Sicherung nicht beschrieben</translation>
    </message>
    <message>
        <source>the cluster has %1 tablespaces; one tar stream carries only the data directory (move the other tablespaces into pg_default)</source>
        <translation>der Cluster hat %1 Tablespaces; ein tar-Stream trägt nur das Datenverzeichnis (die anderen Tablespaces nach pg_default verschieben)</translation>
    </message>
    <message>
        <source>the server did not send the backup</source>
        <translation>der Server hat die Sicherung nicht gesendet</translation>
    </message>
    <message>
        <source>the base backup failed at its end</source>
        <translation>die Basissicherung ist an ihrem Ende fehlgeschlagen</translation>
    </message>
    <message>
        <source>the server reported an unreadable end point "%1"</source>
        <translation>der Server meldete einen unlesbaren Endpunkt „%1“</translation>
    </message>
    <message>
        <source>the server sent backup data before naming its archive (protocol error)</source>
        <translation>der Server sandte Sicherungsdaten, bevor er sein Archiv benannte (Protokollfehler)</translation>
    </message>
    <message>
        <source>the server sent more than one archive; one tar stream carries only the data directory (move other tablespaces into pg_default)</source>
        <translation>der Server sandte mehr als ein Archiv; ein tar-Stream trägt nur das Datenverzeichnis (andere Tablespaces nach pg_default verschieben)</translation>
    </message>
    <message>
        <source>the server sent an unknown base backup message '%1' (protocol error)</source>
        <translation>der Server sandte eine unbekannte Basissicherungs-Nachricht „%1“ (Protokollfehler)</translation>
    </message>
    <message>
        <source>the server ended the base backup without sending the data directory</source>
        <translation>der Server hat die Basissicherung beendet, ohne das Datenverzeichnis zu senden</translation>
    </message>
    <message>
        <source>the server ended the base backup without its manifest</source>
        <translation>der Server hat die Basissicherung ohne ihr Manifest beendet</translation>
    </message>
    <message>
        <source>the server's base backup archive does not end on a tar block (protocol error)</source>
        <translation>das Basissicherungs-Archiv des Servers endet nicht auf einem tar-Block (Protokollfehler)</translation>
    </message>
</context>
<context>
    <name>PgConnection</name>
    <message>
        <source>check that the server runs and the conninfo's host and port</source>
        <translation>prüfen, ob der Server läuft, und host und port in conninfo prüfen</translation>
    </message>
    <message>
        <source>set password_file or PGPASSWORD</source>
        <translation>password_file oder PGPASSWORD setzen</translation>
    </message>
    <message>
        <source>check dbname and user in conninfo</source>
        <translation>dbname und user in conninfo prüfen</translation>
    </message>
    <message>
        <source>cannot connect to PostgreSQL at %1: %2 (%3)</source>
        <translation>keine Verbindung zu PostgreSQL auf %1: %2 (%3)</translation>
    </message>
    <message>
        <source>lost the connection to PostgreSQL at %1: %2 (check the server's log)</source>
        <translation>Verbindung zu PostgreSQL auf %1 verloren: %2 (das Serverprotokoll prüfen)</translation>
    </message>
    <message>
        <source>PostgreSQL at %1: %2</source>
        <translation>PostgreSQL auf %1: %2</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>sending rows to PostgreSQL at %1 failed: %2</source>
        <translation>Senden der Zeilen an PostgreSQL auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>ending COPY at %1 failed: %2</source>
        <translation>Beenden von COPY auf %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>loading rows into PostgreSQL at %1 failed: %2</source>
        <translation>Laden der Zeilen in PostgreSQL auf %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>PgCopyLoader</name>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>the archive's rows cannot be loaded over several connections</source>
        <translation>die Zeilen des Archivs können nicht über mehrere Verbindungen geladen werden</translation>
    </message>
    <message>
        <source>cannot write the archive's table of contents into %1 (set LIFEBOAT_TMPDIR to a folder with space)</source>
        <translation>das Inhaltsverzeichnis des Archivs kann nicht nach %1 geschrieben werden (LIFEBOAT_TMPDIR auf einen Ordner mit Platz setzen)</translation>
    </message>
    <message>
        <source>the archive's data blocks are damaged: an unknown block follows table %1</source>
        <translation>die Datenblöcke des Archivs sind beschädigt: auf Tabelle %1 folgt ein unbekannter Block</translation>
    </message>
    <message>
        <source>the archive's data blocks are damaged (an unknown block type or table)</source>
        <translation>die Datenblöcke des Archivs sind beschädigt (unbekannter Blocktyp oder unbekannte Tabelle)</translation>
    </message>
    <message>
        <source>the archive ends before its table of contents does</source>
        <translation>das Archiv endet vor dem Ende seines Inhaltsverzeichnisses</translation>
    </message>
    <message>
        <source>the archive ends in the middle of a table's rows</source>
        <translation>das Archiv endet mitten in den Zeilen einer Tabelle</translation>
    </message>
</context>
<context>
    <name>PgDumpSource</name>
    <message>
        <source>Connecting to PostgreSQL</source>
        <translation>Verbindung zu PostgreSQL</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>Auftrag „%1“: %2</translation>
    </message>
    <message>
        <source>Dumping %1 with pg_dump (%2 format), compressing, encrypting and storing</source>
        <translation>%1 wird mit pg_dump (Format %2) ausgelesen, komprimiert, verschlüsselt und gespeichert</translation>
    </message>
    <message>
        <source>pg_dump of %1 failed</source>
        <translation>pg_dump von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot create a scratch folder in %1: %2 (set LIFEBOAT_TMPDIR to a writable folder)</source>
        <translation>kein Arbeitsordner in %1 möglich: %2 (LIFEBOAT_TMPDIR auf einen beschreibbaren Ordner setzen)</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Dumping roles and tablespaces with pg_dumpall --globals-only</source>
        <translation>Rollen und Tablespaces mit pg_dumpall --globals-only sichern</translation>
    </message>
    <message>
        <source>roles are stored without their passwords: the job's role is not a superuser</source>
        <translation>Rollen werden ohne Passwörter gespeichert: die Rolle des Auftrags ist kein Superuser</translation>
    </message>
    <message>
        <source>pg_dumpall --globals-only failed</source>
        <translation>pg_dumpall --globals-only fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Counting the rows of %n table(s)</source>
        <translation><numerusform>Zeilen von %n Tabelle werden gezählt</numerusform><numerusform>Zeilen von %n Tabellen werden gezählt</numerusform></translation>
    </message>
</context>
<context>
    <name>PgReplicationStream</name>
    <message>
        <source>cannot open a replication connection: %1 (allow "replication" for this user in pg_hba.conf and keep max_wal_senders above 0)</source>
        <translation>Replikationsverbindung nicht möglich: %1 („replication“ für diesen Benutzer in pg_hba.conf erlauben und max_wal_senders über 0 halten)</translation>
    </message>
    <message>
        <source>the replication connection refused %1: %2</source>
        <translation>die Replikationsverbindung lehnte %1 ab: %2</translation>
    </message>
    <message>
        <source>the server reported an unreadable WAL position "%1"</source>
        <translation>der Server meldete eine unlesbare WAL-Position „%1“</translation>
    </message>
    <message>
        <source>the server reported an unreadable wal_segment_size "%1"</source>
        <translation>der Server meldete eine unlesbare wal_segment_size „%1“</translation>
    </message>
    <message>
        <source>the server did not start streaming WAL: %1</source>
        <translation>der Server hat das WAL-Streaming nicht begonnen: %1</translation>
    </message>
    <message>
        <source>cannot stream WAL: %1</source>
        <translation>WAL kann nicht gestreamt werden: %1</translation>
    </message>
    <message>
        <source>the WAL stream broke: %1</source>
        <translation>der WAL-Stream ist abgebrochen: %1</translation>
    </message>
</context>
<context>
    <name>PgRestorer</name>
    <message>
        <source>restoring %1 into database %2 failed</source>
        <translation>Wiederherstellen von %1 in die Datenbank %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>the restored database %1 differs from the backup's record: %2</source>
        <translation>die wiederhergestellte Datenbank %1 weicht von den Angaben der Sicherung ab: %2</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 ist nicht lesbar</translation>
    </message>
    <message>
        <source>the plain SQL dump is incomplete (its header or completion line is missing)</source>
        <translation>der SQL-Dump ist unvollständig (Kopf- oder Schlusszeile fehlt)</translation>
    </message>
    <message>
        <source>pg_restore --list rejects the archive: %1</source>
        <translation>pg_restore --list lehnt das Archiv ab: %1</translation>
    </message>
    <message>
        <source>table %1 is not in backup %2 (its tables: %3)</source>
        <translation>Tabelle %1 ist nicht in Sicherung %2 (ihre Tabellen: %3)</translation>
    </message>
    <message>
        <source>table %1 is ambiguous in backup %2 (name one of %3)</source>
        <translation>Tabelle %1 ist in Sicherung %2 mehrdeutig (eine von %3 nennen)</translation>
    </message>
    <message>
        <source>--schema-only and --data-only exclude each other (pick one)</source>
        <translation>--schema-only und --data-only schließen einander aus (eines wählen)</translation>
    </message>
    <message>
        <source>backup %1 is a plain SQL dump, which restores whole (--tables, --schema-only and --data-only need the custom or directory format)</source>
        <translation>Sicherung %1 ist ein SQL-Dump, der nur vollständig wiederhergestellt wird (--tables, --schema-only und --data-only brauchen das Format custom oder directory)</translation>
    </message>
    <message>
        <source>table %1 does not exist in database %2 (restore the schema first: --schema-only)</source>
        <translation>Tabelle %1 gibt es in der Datenbank %2 nicht (zuerst das Schema wiederherstellen: --schema-only)</translation>
    </message>
    <message>
        <source>table %1 in database %2 already holds %3 rows; --data-only loads into empty tables (truncate it first, or restore into a new database)</source>
        <translation>Tabelle %1 in der Datenbank %2 enthält schon %3 Zeilen; --data-only lädt in leere Tabellen (vorher leeren oder in eine neue Datenbank wiederherstellen)</translation>
    </message>
    <message>
        <source>triggers of database %1 fire while its rows are loaded (connect as a superuser to keep them off)</source>
        <translation>Trigger der Datenbank %1 feuern beim Laden ihrer Zeilen (als Superuser verbinden, um sie abzuschalten)</translation>
    </message>
    <message>
        <source>Restoring with psql</source>
        <translation>Wiederherstellen mit psql</translation>
    </message>
    <message>
        <source>backup %1 holds no roles and tablespaces (set globals = true in job "%2" for later backups)</source>
        <translation>Sicherung %1 enthält keine Rollen und Tablespaces (globals = true im Auftrag „%2“ für künftige Sicherungen setzen)</translation>
    </message>
    <message>
        <source>Creating the backup's roles and tablespaces</source>
        <translation>Rollen und Tablespaces der Sicherung anlegen</translation>
    </message>
    <message>
        <source>creating the roles and tablespaces of %1 failed</source>
        <translation>Anlegen der Rollen und Tablespaces von %1 fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>%n statement(s) of the roles script failed, most likely for roles that already exist; first: %1</source>
        <translation><numerusform>%n Anweisung des Rollenskripts schlug fehl, meist für bereits vorhandene Rollen; erste: %1</numerusform><numerusform>%n Anweisungen des Rollenskripts schlugen fehl, meist für bereits vorhandene Rollen; erste: %1</numerusform></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Restoring with pg_restore</source>
        <translation>Wiederherstellen mit pg_restore</translation>
    </message>
    <message>
        <source>Decoding %1 into a scratch copy for pg_restore</source>
        <translation>%1 wird für pg_restore in eine Arbeitskopie entschlüsselt</translation>
    </message>
    <message>
        <source>pg_restore cannot read the table of contents of %1: %2</source>
        <translation>pg_restore kann das Inhaltsverzeichnis von %1 nicht lesen: %2</translation>
    </message>
    <message>
        <source>cannot write a pg_restore list file in %1</source>
        <translation>keine pg_restore-Listendatei in %1 schreibbar</translation>
    </message>
    <message>
        <source>Restoring with pg_restore %1</source>
        <translation>Wiederherstellen mit pg_restore %1</translation>
    </message>
    <message>
        <source>the archive lacks the data of %1</source>
        <translation>dem Archiv fehlen die Daten von %1</translation>
    </message>
    <message>
        <source>--data-only loads rows into an existing database: name it with --to (restore its schema first with --schema-only)</source>
        <translation>--data-only lädt Zeilen in eine vorhandene Datenbank: sie mit --to nennen (ihr Schema vorher mit --schema-only wiederherstellen)</translation>
    </message>
    <message numerus="yes">
        <source>Restoring definitions with pg_restore, rows over %n connection(s)</source>
        <translation><numerusform>Definitionen werden mit pg_restore wiederhergestellt, Zeilen über %n Verbindung</numerusform><numerusform>Definitionen werden mit pg_restore wiederhergestellt, Zeilen über %n Verbindungen</numerusform></translation>
    </message>
    <message>
        <source>Restoring indexes, constraints and the rest with pg_restore --jobs=%1</source>
        <translation>Indizes, Constraints und der Rest werden mit pg_restore --jobs=%1 wiederhergestellt</translation>
    </message>
    <message>
        <source>%1: rows are loaded through one pg_restore (%2)</source>
        <translation>%1: Zeilen werden über ein einzelnes pg_restore geladen (%2)</translation>
    </message>
</context>
<context>
    <name>PgSetupCheck</name>
    <message>
        <source>fix password_file in the job, or set PGPASSWORD</source>
        <translation>password_file im Auftrag korrigieren oder PGPASSWORD setzen</translation>
    </message>
    <message>
        <source>check conninfo, that the server runs and pg_hba.conf admits this host and role</source>
        <translation>conninfo prüfen, ob der Server läuft und pg_hba.conf diesen Rechner und diese Rolle zulässt</translation>
    </message>
    <message>
        <source>check the role's access to database facts</source>
        <translation>Zugriff der Rolle auf die Datenbankangaben prüfen</translation>
    </message>
    <message>
        <source>connected to database %1 as %2</source>
        <translation>mit Datenbank %1 als %2 verbunden</translation>
    </message>
    <message>
        <source>PostgreSQL %1, %2, encoding %3</source>
        <translation>PostgreSQL %1, %2, Kodierung %3</translation>
    </message>
    <message>
        <source>apt-get install postgresql-client-%1</source>
        <translation>apt-get install postgresql-client-%1</translation>
    </message>
    <message>
        <source>%1 reports "%2", older than the server's %3</source>
        <translation>%1 meldet „%2“, älter als die Version %3 des Servers</translation>
    </message>
    <message>
        <source>check the role's access to pg_class</source>
        <translation>Zugriff der Rolle auf pg_class prüfen</translation>
    </message>
    <message>
        <source>role %1 cannot read %2</source>
        <translation>Rolle %1 kann %2 nicht lesen</translation>
    </message>
    <message>
        <source>GRANT pg_read_all_data TO %1 (or SELECT on those objects)</source>
        <translation>GRANT pg_read_all_data TO %1 (oder SELECT auf diese Objekte)</translation>
    </message>
    <message>
        <source>every table and sequence is readable</source>
        <translation>jede Tabelle und Sequenz ist lesbar</translation>
    </message>
    <message>
        <source>the role may create the databases restores and test restores go into</source>
        <translation>die Rolle darf die Datenbanken anlegen, in die Wiederherstellungen und Testwiederherstellungen gehen</translation>
    </message>
    <message>
        <source>the role may not create databases: restores and verify --level restore will fail</source>
        <translation>die Rolle darf keine Datenbanken anlegen: Wiederherstellungen und verify --level restore schlagen fehl</translation>
    </message>
    <message>
        <source>ALTER ROLE %1 CREATEDB, or restore with a role that has it</source>
        <translation>ALTER ROLE %1 CREATEDB, oder mit einer Rolle wiederherstellen, die das darf</translation>
    </message>
    <message>
        <source>only %1 free connections for parallel = %2 pg_dump workers</source>
        <translation>nur %1 freie Verbindungen für parallel = %2 pg_dump-Worker</translation>
    </message>
    <message>
        <source>lower parallel or raise max_connections</source>
        <translation>parallel senken oder max_connections erhöhen</translation>
    </message>
</context>
<context>
    <name>PitrCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Ein Auftrag der Art postgresql-cluster.</translation>
    </message>
    <message>
        <source>The new data folder (must be empty or not exist).</source>
        <translation>Der neue Datenordner (muss leer sein oder darf nicht existieren).</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>ORDNER</translation>
    </message>
    <message>
        <source>Recover to this time (ISO 8601; without offset in the config's timezone).</source>
        <translation>Bis zu dieser Zeit wiederherstellen (ISO 8601; ohne Versatz in der Zeitzone der Konfiguration).</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Recover to the commit of this transaction.</source>
        <translation>Bis zum Commit dieser Transaktion wiederherstellen.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Recover to this WAL position.</source>
        <translation>Bis zu dieser WAL-Position wiederherstellen.</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Recover to this restore point (pg_create_restore_point).</source>
        <translation>Bis zu diesem Wiederherstellungspunkt wiederherstellen (pg_create_restore_point).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Recover only until the base backup is consistent.</source>
        <translation>Nur wiederherstellen, bis die Basissicherung konsistent ist.</translation>
    </message>
    <message>
        <source>Recover to the end of the archived WAL.</source>
        <translation>Bis zum Ende des archivierten WAL wiederherstellen.</translation>
    </message>
    <message>
        <source>Stop just before the target instead of just after it.</source>
        <translation>Direkt vor dem Ziel anhalten statt direkt danach.</translation>
    </message>
    <message>
        <source>What the server does at the target: promote (default), pause or shutdown.</source>
        <translation>Was der Server am Ziel tut: promote (Standard), pause oder shutdown.</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>Start the recovered server and wait until it reached the target.</source>
        <translation>Den wiederhergestellten Server starten und warten, bis er das Ziel erreicht hat.</translation>
    </message>
    <message>
        <source>Port for the recovered server (with --start).</source>
        <translation>Port für den wiederhergestellten Server (mit --start).</translation>
    </message>
    <message>
        <source>Leave archive_mode as in the backup (by default the recovered copy does not archive).</source>
        <translation>archive_mode wie in der Sicherung lassen (standardmäßig archiviert die wiederhergestellte Kopie nicht).</translation>
    </message>
    <message>
        <source>Check the target against the recovery window and name the base backup; write nothing.</source>
        <translation>Ziel gegen das Wiederherstellungsfenster prüfen und die Basissicherung nennen; nichts schreiben.</translation>
    </message>
    <message>
        <source>pitr takes exactly one JOB</source>
        <translation>pitr erwartet genau einen AUFTRAG</translation>
    </message>
    <message>
        <source>--port takes a number from 1 to 65535</source>
        <translation>--port erwartet eine Zahl von 1 bis 65535</translation>
    </message>
    <message>
        <source>Would recover job %1 from base backup %2 into %3 (dry run, nothing written).</source>
        <translation>Würde Auftrag %1 aus Basissicherung %2 nach %3 wiederherstellen (Probelauf, nichts geschrieben).</translation>
    </message>
    <message>
        <source>Laid down base backup %1 in %2 (%3 s) with recovery settings%4.</source>
        <translation>Basissicherung %1 in %2 abgelegt (%3 s), mit Wiederherstellungseinstellungen%4.</translation>
    </message>
    <message>
        <source>Start it with: pg_ctl -D %1 start   (as the data folder's owner)</source>
        <translation>Starten mit: pg_ctl -D %1 start   (als Eigentümer des Datenordners)</translation>
    </message>
    <message>
        <source>Recovery finished in %1 s; server %2.</source>
        <translation>Wiederherstellung nach %1 s abgeschlossen; Server %2.</translation>
    </message>
    <message>
        <source>  server: %1</source>
        <translation>  Server: %1</translation>
    </message>
    <message>
        <source>  reached: last replayed commit at %1, LSN %2</source>
        <translation>  erreicht: letzter eingespielter Commit um %1, LSN %2</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>Point-in-time recovery of a postgresql-cluster job into an empty data folder.</source>
        <translation>Zeitpunktwiederherstellung eines postgresql-cluster-Auftrags in einen leeren Datenordner.</translation>
    </message>
    <message>
        <source>promoted, open for writes</source>
        <translation>hochgestuft, offen für Schreibzugriffe</translation>
    </message>
    <message>
        <source>paused at the target (check the data, then SELECT pg_wal_replay_resume() to promote)</source>
        <translation>am Ziel angehalten (Daten prüfen, dann SELECT pg_wal_replay_resume() zum Hochstufen)</translation>
    </message>
    <message>
        <source>shut down at the target</source>
        <translation>am Ziel heruntergefahren</translation>
    </message>
    <message>
        <source>Recover to just before a destructive operation listed by "timeline" (its id).</source>
        <translation>Bis kurz vor eine destruktive Operation wiederherstellen, die „timeline“ auflistet (ihre ID).</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>--before-event takes an event id from "lifeboat-cli timeline JOB"</source>
        <translation>--before-event erwartet eine Ereignis-ID aus „lifeboat-cli timeline JOB“</translation>
    </message>
    <message>
        <source>pitr needs exactly one target: --time, --xid, --lsn, --name, --before-event, --immediate or --latest</source>
        <translation>pitr braucht genau ein Ziel: --time, --xid, --lsn, --name, --before-event, --immediate oder --latest</translation>
    </message>
    <message>
        <source>Recovering to just before event %1.</source>
        <translation>Stelle bis kurz vor Ereignis %1 wieder her.</translation>
    </message>
</context>
<context>
    <name>PitrTimelineData</name>
    <message>
        <source>The WAL event index of job "%1" is damaged; rebuild it with: lifeboat-cli timeline %1 --rebuild</source>
        <translation>Der WAL-Ereignisindex des Auftrags „%1“ ist beschädigt; neu aufbauen mit: lifeboat-cli timeline %1 --rebuild</translation>
    </message>
</context>
<context>
    <name>ProfileExpression</name>
    <message>
        <source>unexpected "%1"</source>
        <translation>unerwartetes „%1“</translation>
    </message>
    <message>
        <source>expression "%1": %2</source>
        <translation>Ausdruck „%1“: %2</translation>
    </message>
    <message>
        <source>ends too early</source>
        <translation>endet zu früh</translation>
    </message>
    <message>
        <source>a quote is not closed</source>
        <translation>ein Anführungszeichen ist nicht geschlossen</translation>
    </message>
    <message>
        <source>unknown function %1 (known: %2)</source>
        <translation>unbekannte Funktion %1 (bekannt: %2)</translation>
    </message>
    <message>
        <source>a parenthesis is not closed</source>
        <translation>eine Klammer ist nicht geschlossen</translation>
    </message>
    <message>
        <source>expected "," or ")"</source>
        <translation>„,“ oder „)“ erwartet</translation>
    </message>
</context>
<context>
    <name>ProgressPrinter</name>
    <message>
        <source>%1 / %2 items</source>
        <translation>%1 / %2 Einträge</translation>
    </message>
</context>
<context>
    <name>PruneCommand</name>
    <message>
        <source>Only this job (default: every job).</source>
        <translation>Nur dieser Auftrag (Standard: alle Aufträge).</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>List what would be removed; remove nothing.</source>
        <translation>Auflisten, was entfernt würde; nichts entfernen.</translation>
    </message>
    <message>
        <source>prune takes no arguments (use --job JOB)</source>
        <translation>prune erwartet keine Argumente (--job AUFTRAG verwenden)</translation>
    </message>
    <message>
        <source>Job %1: %2 kept, %3 %4</source>
        <translation>Auftrag %1: %2 behalten, %3 %4</translation>
    </message>
    <message>
        <source>would be removed</source>
        <translation>würden entfernt</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <source>  keep   %1 (%2)</source>
        <translation>  behalten   %1 (%2)</translation>
    </message>
    <message>
        <source>  would remove %1</source>
        <translation>  würde entfernen: %1</translation>
    </message>
    <message>
        <source>  removed %1</source>
        <translation>  entfernt %1</translation>
    </message>
    <message numerus="yes">
        <source>  would remove %n WAL file(s) before %1 (%2 to %3)</source>
        <translation><numerusform>  würde %n WAL-Datei vor %1 entfernen (%2 bis %3)</numerusform><numerusform>  würde %n WAL-Dateien vor %1 entfernen (%2 bis %3)</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>  removed %n WAL file(s) before %1 (%2 to %3)</source>
        <translation><numerusform>  %n WAL-Datei vor %1 entfernt (%2 bis %3)</numerusform><numerusform>  %n WAL-Dateien vor %1 entfernt (%2 bis %3)</numerusform></translation>
    </message>
    <message>
        <source>Apply retention: remove backups no rule keeps, and WAL older than the oldest kept base backup.</source>
        <translation>Aufbewahrung anwenden: Sicherungen entfernen, die keine Regel behält, und WAL, das älter ist als die älteste behaltene Basissicherung.</translation>
    </message>
    <message>
        <source>  would remove the copy of %1 in repository %2</source>
        <translation>  würde die Kopie von %1 in Repository %2 entfernen</translation>
    </message>
    <message>
        <source>  removed the copy of %1 in repository %2</source>
        <translation>  Kopie von %1 in Repository %2 entfernt</translation>
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
        <translation>History-Datei %1 ist fehlerhaft (Zeile „%2“)</translation>
    </message>
    <message>
        <source>job "%1" is of kind "%2": recovery windows belong to postgresql-cluster jobs</source>
        <translation>Auftrag „%1“ ist von der Art „%2“: Wiederherstellungsfenster gibt es für postgresql-cluster-Aufträge</translation>
    </message>
</context>
<context>
    <name>RecoveryWindowCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Ein Auftrag der Art postgresql-cluster.</translation>
    </message>
    <message>
        <source>recovery-window takes exactly one JOB</source>
        <translation>recovery-window erwartet genau einen AUFTRAG</translation>
    </message>
    <message>
        <source>Job %1 has no base backups and no archived WAL yet: nothing is recoverable.</source>
        <translation>Auftrag %1 hat noch keine Basissicherungen und kein archiviertes WAL: nichts ist wiederherstellbar.</translation>
    </message>
    <message>
        <source>Recovery window of job %1 (repository %2):</source>
        <translation>Wiederherstellungsfenster von Auftrag %1 (Repository %2):</translation>
    </message>
    <message>
        <source> (branched from timeline %1 at %2)</source>
        <translation> (abgezweigt von Zeitlinie %1 bei %2)</translation>
    </message>
    <message>
        <source>  timeline %1%2: %3 to %4%5</source>
        <translation>  Zeitlinie %1%2: %3 bis %4%5</translation>
    </message>
    <message>
        <source> (approximate: the WAL could not be read without the secret key)</source>
        <translation> (ungefähr: ohne geheimen Schlüssel ist das WAL nicht lesbar)</translation>
    </message>
    <message>
        <source>  timeline %1%2: no base backup to start from</source>
        <translation>  Zeitlinie %1%2: keine Basissicherung als Ausgangspunkt</translation>
    </message>
    <message numerus="yes">
        <source>    %n archived WAL segment(s), %1 to %2</source>
        <translation><numerusform>    %n archiviertes WAL-Segment, %1 bis %2</numerusform><numerusform>    %n archivierte WAL-Segmente, %1 bis %2</numerusform></translation>
    </message>
    <message>
        <source>    gap: %1 to %2 missing (recovery cannot pass it)</source>
        <translation>    Lücke: %1 bis %2 fehlen (die Wiederherstellung kommt nicht darüber hinweg)</translation>
    </message>
    <message>
        <source>Earliest and latest recoverable time per timeline, and any WAL gaps.</source>
        <translation>Früheste und späteste wiederherstellbare Zeit je Zeitlinie und etwaige WAL-Lücken.</translation>
    </message>
</context>
<context>
    <name>RelationSnapshot</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>ReportBuilder</name>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>keep everything</source>
        <translation>alles behalten</translation>
    </message>
    <message>
        <source>RTO and RPO of disaster-recovery drills</source>
        <translation>RTO und RPO der Notfallübungen</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Incident</source>
        <translation>Vorfall</translation>
    </message>
    <message>
        <source>RTO</source>
        <translation>RTO</translation>
    </message>
    <message>
        <source>RTO objective</source>
        <translation>RTO-Ziel</translation>
    </message>
    <message>
        <source>RPO</source>
        <translation>RPO</translation>
    </message>
    <message>
        <source>RPO objective</source>
        <translation>RPO-Ziel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Signed off by</source>
        <translation>Abgezeichnet von</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>nothing restored</source>
        <translation>nichts wiederhergestellt</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(nicht abgezeichnet)</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Bestanden</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Median RTO</source>
        <translation>Median RTO</translation>
    </message>
    <message>
        <source>Worst RTO</source>
        <translation>Schlechtester RTO</translation>
    </message>
    <message>
        <source>Median RPO</source>
        <translation>Median RPO</translation>
    </message>
    <message>
        <source>Worst RPO</source>
        <translation>Schlechtester RPO</translation>
    </message>
    <message>
        <source>Trend per month</source>
        <translation>Verlauf je Monat</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Backup inventory</source>
        <translation>Bestand der Sicherungen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Verified at</source>
        <translation>Geprüft am</translation>
    </message>
    <message>
        <source>Retention</source>
        <translation>Aufbewahrung</translation>
    </message>
    <message>
        <source>due for removal by prune</source>
        <translation>wird von prune entfernt</translation>
    </message>
    <message>
        <source>never verified</source>
        <translation>nie geprüft</translation>
    </message>
    <message>
        <source>job not in the configuration</source>
        <translation>Auftrag nicht in der Konfiguration</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Total size</source>
        <translation>Gesamtgröße</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Backup compliance</source>
        <translation>Compliance der Sicherungen</translation>
    </message>
    <message>
        <source>Jobs: schedule and success</source>
        <translation>Aufträge: Zeitplan und Erfolg</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>Zeitplan</translation>
    </message>
    <message>
        <source>Runs due</source>
        <translation>Fällige Läufe</translation>
    </message>
    <message>
        <source>Runs on time</source>
        <translation>Pünktliche Läufe</translation>
    </message>
    <message>
        <source>Schedule adherence</source>
        <translation>Termintreue</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Success rate</source>
        <translation>Erfolgsquote</translation>
    </message>
    <message>
        <source>Jobs: retention, restore tests and verification</source>
        <translation>Aufträge: Aufbewahrung, Wiederherstellungstests und Prüfung</translation>
    </message>
    <message>
        <source>Retention policy</source>
        <translation>Aufbewahrungsregel</translation>
    </message>
    <message>
        <source>Kept / due for removal</source>
        <translation>Behalten / zu entfernen</translation>
    </message>
    <message>
        <source>Last successful restore test</source>
        <translation>Letzter erfolgreicher Wiederherstellungstest</translation>
    </message>
    <message>
        <source>Drills passed</source>
        <translation>Bestandene Übungen</translation>
    </message>
    <message>
        <source>Verification failures</source>
        <translation>Prüffehler</translation>
    </message>
    <message>
        <source>verify --level restore of %1</source>
        <translation>verify --level restore von %1</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keiner)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>Drills in the period</source>
        <translation>Übungen im Zeitraum</translation>
    </message>
    <message>
        <source>RTO / objective</source>
        <translation>RTO / Ziel</translation>
    </message>
    <message>
        <source>RPO / objective</source>
        <translation>RPO / Ziel</translation>
    </message>
    <message>
        <source>Audit trail (latest 50 in the period)</source>
        <translation>Prüfprotokoll (die letzten 50 im Zeitraum)</translation>
    </message>
    <message>
        <source>At</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>Backups in the period</source>
        <translation>Sicherungen im Zeitraum</translation>
    </message>
    <message>
        <source>Backup success rate</source>
        <translation>Erfolgsquote der Sicherungen</translation>
    </message>
    <message>
        <source>Encryption coverage</source>
        <translation>Verschlüsselungsgrad</translation>
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
        <translation>%1 T %2 h</translation>
    </message>
    <message>
        <source>unknown report "%1" (choose rto-rpo, inventory or compliance)</source>
        <translation>unbekannter Bericht „%1“ (rto-rpo, inventory oder compliance wählen)</translation>
    </message>
    <message numerus="yes">
        <source>intact: %n event(s) chained by SHA-256</source>
        <translation><numerusform>intakt: %n Ereignis per SHA-256 verkettet</numerusform><numerusform>intakt: %n Ereignisse per SHA-256 verkettet</numerusform></translation>
    </message>
    <message>
        <source>BROKEN — %1 (the catalog was altered outside Lifeboat)</source>
        <translation>GEBROCHEN — %1 (der Katalog wurde außerhalb von Lifeboat verändert)</translation>
    </message>
    <message numerus="yes">
        <source>; %n older event(s) from before the chain</source>
        <translation><numerusform>; %n älteres Ereignis von vor der Kette</numerusform><numerusform>; %n ältere Ereignisse von vor der Kette</numerusform></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Audit chain head</source>
        <translation>Kopf der Prüfkette</translation>
    </message>
</context>
<context>
    <name>ReportCommand</name>
    <message>
        <source>rto-rpo, inventory or compliance.</source>
        <translation>rto-rpo, inventory oder compliance.</translation>
    </message>
    <message>
        <source>html, pdf, csv or json.</source>
        <translation>html, pdf, csv oder json.</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>The file to write.</source>
        <translation>Die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>Start of the period (default: 90 days ago).</source>
        <translation>Beginn des Zeitraums (Standard: vor 90 Tagen).</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>report needs one of rto-rpo, inventory or compliance</source>
        <translation>report braucht eines von rto-rpo, inventory oder compliance</translation>
    </message>
    <message>
        <source>report needs --format html, pdf, csv or json</source>
        <translation>report braucht --format html, pdf, csv oder json</translation>
    </message>
    <message>
        <source>report needs --output FILE</source>
        <translation>report braucht --output DATEI</translation>
    </message>
    <message>
        <source>PDF reports are written by the lifeboat program, which is not installed beside %1 (install it, or use --format html)</source>
        <translation>PDF-Berichte schreibt das Programm lifeboat, das nicht neben %1 installiert ist (installieren oder --format html verwenden)</translation>
    </message>
    <message>
        <source>cannot start %1 to write the PDF: %2</source>
        <translation>kann %1 nicht starten, um die PDF zu schreiben: %2</translation>
    </message>
    <message>
        <source>--since "%1" is not a time (use ISO 8601, e.g. 2025-01-01T00:00:00Z)</source>
        <translation>--since „%1“ ist keine Zeitangabe (ISO 8601 verwenden, z. B. 2025-01-01T00:00:00Z)</translation>
    </message>
    <message>
        <source>Wrote the %1 report (%2) to %3; SHA-256 of its data: %4</source>
        <translation>%1-Bericht (%2) nach %3 geschrieben; SHA-256 seiner Daten: %4</translation>
    </message>
    <message>
        <source>RTO/RPO, inventory and compliance reports as HTML, PDF, CSV or JSON.</source>
        <translation>RTO/RPO-, Bestands- und Compliance-Berichte als HTML, PDF, CSV oder JSON.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>the beginning</source>
        <translation>Anfang</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Generated</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Lifeboat version</source>
        <translation>Lifeboat-Version</translation>
    </message>
    <message>
        <source>SHA-256 of the data section</source>
        <translation>SHA-256 des Datenteils</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>None in this period.</source>
        <translation>Keine in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The SHA-256 above is over the report's data as JSON (lifeboat-cli report ... --format json prints the same data); recompute it to check that this report was not changed.</source>
        <translation>Der SHA-256 oben gilt für die Daten des Berichts als JSON (lifeboat-cli report ... --format json gibt dieselben Daten aus); neu berechnen, um zu prüfen, dass dieser Bericht nicht verändert wurde.</translation>
    </message>
    <message>
        <source>unknown format "%1" (choose html, pdf, csv or json)</source>
        <translation>unbekanntes Format „%1“ (html, pdf, csv oder json wählen)</translation>
    </message>
    <message>
        <source>a report needs --output FILE</source>
        <translation>ein Bericht braucht --output DATEI</translation>
    </message>
    <message>
        <source>folder %1 does not exist (create it or choose another --output)</source>
        <translation>Ordner %1 existiert nicht (anlegen oder anderes --output wählen)</translation>
    </message>
    <message>
        <source>this program cannot write PDF (use the lifeboat program, or --format html)</source>
        <translation>dieses Programm kann keine PDF schreiben (das Programm lifeboat oder --format html verwenden)</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich:</translation>
    </message>
    <message>
        <source>cannot move the report into %1 (check the folder's permissions)</source>
        <translation>kann den Bericht nicht nach %1 verschieben (Berechtigungen des Ordners prüfen)</translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>repository "%1": type "%2" is not supported by this build yet (use type = "local")</source>
        <translation>Repository „%1“: Typ „%2“ wird von dieser Version noch nicht unterstützt (type = „local“ verwenden)</translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>The backup to restore.</source>
        <translation>Die wiederherzustellende Sicherung.</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>Replace an existing target; a safety backup of it is taken first.</source>
        <translation>Ein vorhandenes Ziel ersetzen; zuvor wird es gesichert.</translation>
    </message>
    <message>
        <source>Check the backup and print the plan; change nothing.</source>
        <translation>Die Sicherung prüfen und den Plan ausgeben; nichts ändern.</translation>
    </message>
    <message>
        <source>restore takes exactly one backup ID</source>
        <translation>restore erwartet genau eine Sicherungs-ID</translation>
    </message>
    <message>
        <source>Plan for restoring %1 (dry run, nothing changed):</source>
        <translation>Plan für die Wiederherstellung von %1 (Probelauf, nichts geändert):</translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation>%1 wiederhergestellt nach %2</translation>
    </message>
    <message>
        <source>  the previous file was saved first as backup %1</source>
        <translation>  die bisherige Datei wurde zuvor als Sicherung %1 gesichert</translation>
    </message>
    <message>
        <source>Restore a backup into a new target (or --overwrite, after a safety backup).</source>
        <translation>Eine Sicherung in ein neues Ziel wiederherstellen (oder --overwrite, nach einer Vorsorgesicherung).</translation>
    </message>
    <message>
        <source>Target: a file path (SQLite), a database name or conninfo (PostgreSQL). Default: a new file beside the job's database, or a new database DB_restored_YYYYMMDD_HHMMSS.</source>
        <translation>Ziel: ein Dateipfad (SQLite), ein Datenbankname oder conninfo (PostgreSQL). Standard: eine neue Datei neben der Datenbank des Auftrags oder eine neue Datenbank DB_restored_YYYYMMDD_HHMMSS.</translation>
    </message>
    <message>
        <source>PostgreSQL with --overwrite: end other sessions on the target database instead of refusing.</source>
        <translation>PostgreSQL mit --overwrite: andere Sitzungen auf der Zieldatenbank beenden, statt abzulehnen.</translation>
    </message>
    <message>
        <source>PostgreSQL: pg_restore workers (default: the job's parallel).</source>
        <translation>PostgreSQL: pg_restore-Worker (Vorgabe: parallel des Auftrags).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>PostgreSQL: restore only these tables' rows (comma-separated, schema.table or table); every definition is restored, other tables stay empty.</source>
        <translation>PostgreSQL: nur die Zeilen dieser Tabellen wiederherstellen (kommagetrennt, schema.tabelle oder tabelle); alle Definitionen werden wiederhergestellt, andere Tabellen bleiben leer.</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>PostgreSQL: first create the roles and tablespaces stored with the backup (jobs with globals = true).</source>
        <translation>PostgreSQL: zuerst die mitgesicherten Rollen und Tablespaces anlegen (Aufträge mit globals = true).</translation>
    </message>
    <message>
        <source>PostgreSQL: restore definitions only, no rows.</source>
        <translation>PostgreSQL: nur Definitionen wiederherstellen, keine Zeilen.</translation>
    </message>
    <message>
        <source>PostgreSQL: load rows into the empty tables of the existing database named by --to, in one transaction.</source>
        <translation>PostgreSQL: Zeilen in einer Transaktion in die leeren Tabellen der mit --to genannten Datenbank laden.</translation>
    </message>
    <message>
        <source>--jobs takes a number from 1 to 64</source>
        <translation>--jobs erwartet eine Zahl von 1 bis 64</translation>
    </message>
    <message>
        <source>--tables needs at least one table name</source>
        <translation>--tables braucht mindestens einen Tabellennamen</translation>
    </message>
</context>
<context>
    <name>RunScheduleCommand</name>
    <message>
        <source>scan %1</source>
        <translation>Prüfung %1</translation>
    </message>
    <message>
        <source>backup %1</source>
        <translation>Sicherung %1</translation>
    </message>
    <message>
        <source>%1: ok, %2 backups match their checksums</source>
        <translation>%1: ok, %2 Sicherungen passen zu ihren Prüfsummen</translation>
    </message>
    <message>
        <source>%1: ok, %2 (%3)</source>
        <translation>%1: ok, %2 (%3)</translation>
    </message>
    <message>
        <source>%1: %2: %3</source>
        <translation>%1: %2: %3</translation>
    </message>
    <message>
        <source>Keep running: wake at each next scheduled time.</source>
        <translation>Weiterlaufen: zu jedem nächsten geplanten Zeitpunkt aufwachen.</translation>
    </message>
    <message>
        <source>--run-schedule takes no arguments (see lifeboat-cli --run-schedule --help)</source>
        <translation>--run-schedule nimmt keine Argumente (siehe lifeboat-cli --run-schedule --help)</translation>
    </message>
    <message>
        <source>Nothing is due; next scheduled run at %1</source>
        <translation>Nichts ist fällig; nächster geplanter Lauf um %1</translation>
    </message>
    <message>
        <source>Nothing is due and no job has a schedule (set schedule = "0 2 * * *" in a job)</source>
        <translation>Nichts ist fällig und kein Auftrag hat einen Zeitplan (schedule = "0 2 * * *" in einem Auftrag setzen)</translation>
    </message>
    <message>
        <source>Run every job and repository scan that is due (missed runs caught up once), then exit; --daemon keeps running (SIGHUP reloads the config, SIGTERM finishes the running job and exits).</source>
        <translation>Jeden fälligen Auftrag und jede fällige Repository-Prüfung ausführen (verpasste Läufe einmal nachgeholt), dann beenden; --daemon läuft weiter (SIGHUP lädt die Konfiguration neu, SIGTERM beendet den laufenden Auftrag und dann das Programm).</translation>
    </message>
    <message numerus="yes">
        <source> (and %n more run(s) not ok)</source>
        <translation><numerusform> (und %n weiterer Lauf nicht in Ordnung)</numerusform><numerusform> (und %n weitere Läufe nicht in Ordnung)</numerusform></translation>
    </message>
    <message>
        <source>With --daemon: serve Prometheus metrics at http://ADDR:PORT/metrics (":PORT" listens on loopback only).</source>
        <translation>Mit --daemon: Prometheus-Metriken unter http://ADRESSE:PORT/metrics anbieten („:PORT“ lauscht nur auf Loopback).</translation>
    </message>
    <message>
        <source>ADDR:PORT</source>
        <translation>ADRESSE:PORT</translation>
    </message>
    <message>
        <source>drill %1</source>
        <translation>Übung %1</translation>
    </message>
    <message>
        <source>%1: passed, %2 (lifeboat-cli drill show %2)</source>
        <translation>%1: bestanden, %2 (lifeboat-cli drill show %2)</translation>
    </message>
</context>
<context>
    <name>S3Client</name>
    <message>
        <source>repository "%1": endpoint "%2" is not an http(s) URL (e.g. https://s3.eu-central-1.amazonaws.com)</source>
        <translation>Repository „%1“: Endpunkt „%2“ ist keine http(s)-URL (z. B. https://s3.eu-central-1.amazonaws.com)</translation>
    </message>
    <message>
        <source>repository "%1": cannot read credentials_file %2 (%3)</source>
        <translation>Repository „%1“: credentials_file %2 nicht lesbar (%3)</translation>
    </message>
    <message>
        <source>repository "%1" has no S3 credentials: set %2 and %3 in the environment (or credentials_file)</source>
        <translation>Repository „%1“ hat keine S3-Zugangsdaten: %2 und %3 in der Umgebung setzen (oder credentials_file)</translation>
    </message>
    <message>
        <source>create bucket "%1" or fix bucket in the config</source>
        <translation>Bucket „%1“ anlegen oder bucket in der Konfiguration berichtigen</translation>
    </message>
    <message>
        <source>the object is gone: restore it from a copy or choose another backup</source>
        <translation>das Objekt fehlt: aus einer Kopie wiederherstellen oder eine andere Sicherung wählen</translation>
    </message>
    <message>
        <source>check the repository's credentials and that they may use bucket "%1"</source>
        <translation>die Zugangsdaten des Repositorys prüfen und ob sie Bucket „%1“ nutzen dürfen</translation>
    </message>
    <message>
        <source>the storage service failed; try again later</source>
        <translation>der Speicherdienst ist ausgefallen; später erneut versuchen</translation>
    </message>
    <message>
        <source>see the storage service's documentation for this code</source>
        <translation>siehe die Dokumentation des Speicherdienstes zu diesem Code</translation>
    </message>
    <message>
        <source>S3 repository "%1": %2 %3 failed: HTTP %4 %5%6 (%7)</source>
        <translation>S3-Repository „%1“: %2 %3 fehlgeschlagen: HTTP %4 %5%6 (%7)</translation>
    </message>
    <message>
        <source>S3 repository "%1": %2 (check that the endpoint runs and is reachable)</source>
        <translation>S3-Repository „%1“: %2 (prüfen, dass der Endpunkt läuft und erreichbar ist)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>S3 repository "%1": the listing of %2 is not valid XML (%3)</source>
        <translation>S3-Repository „%1“: die Auflistung von %2 ist kein gültiges XML (%3)</translation>
    </message>
    <message>
        <source>S3 repository "%1": starting the upload of %2 returned no upload id</source>
        <translation>S3-Repository „%1“: der Start des Hochladens von %2 lieferte keine Upload-ID</translation>
    </message>
</context>
<context>
    <name>S3Repository</name>
    <message>
        <source>backup %1 already exists in repository "%2" (wait a second and run again)</source>
        <translation>Sicherung %1 gibt es schon im Repository „%2“ (eine Sekunde warten und erneut ausführen)</translation>
    </message>
    <message>
        <source>artifact %1 is missing from repository "%2" (restore it from a copy or choose another backup)</source>
        <translation>Datei %1 fehlt im Repository „%2“ (aus einer Kopie wiederherstellen oder eine andere Sicherung wählen)</translation>
    </message>
    <message>
        <source>%1 already exists in repository "%2"</source>
        <translation>%1 existiert bereits im Repository „%2“</translation>
    </message>
    <message>
        <source>%1 is missing from repository "%2"</source>
        <translation>%1 fehlt im Repository „%2“</translation>
    </message>
</context>
<context>
    <name>ScratchCluster</name>
    <message>
        <source>cannot create a folder for a scratch PostgreSQL server in %1: %2 (free space there or set LIFEBOAT_TMPDIR)</source>
        <translation>kann in %1 keinen Ordner für einen Wegwerf-PostgreSQL-Server anlegen: %2 (dort Platz schaffen oder LIFEBOAT_TMPDIR setzen)</translation>
    </message>
    <message>
        <source>a scratch PostgreSQL server cannot run as root and there is no postgres user (install postgresql-%1)</source>
        <translation>ein Wegwerf-PostgreSQL-Server kann nicht als root laufen und es gibt keinen Benutzer postgres (postgresql-%1 installieren)</translation>
    </message>
    <message>
        <source>cannot hand %1 to the postgres user</source>
        <translation>kann %1 nicht dem Benutzer postgres übergeben</translation>
    </message>
    <message>
        <source>initdb of a scratch server</source>
        <translation>initdb eines Wegwerf-Servers</translation>
    </message>
    <message>
        <source>starting a scratch server</source>
        <translation>Start eines Wegwerf-Servers</translation>
    </message>
    <message>
        <source>%1: cannot run %2</source>
        <translation>%1: kann %2 nicht ausführen</translation>
    </message>
    <message>
        <source>%1 failed: %2</source>
        <translation>%1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 %2 does not exist (create it with mode 0600)</source>
        <translation>%1 %2 existiert nicht (mit Modus 0600 anlegen)</translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3 (check its owner and mode)</source>
        <translation>%1 %2 ist nicht lesbar: %3 (Eigentümer und Modus prüfen)</translation>
    </message>
    <message>
        <source>%1 %2 is empty (write the passphrase into it)</source>
        <translation>%1 %2 ist leer (die Passphrase hineinschreiben)</translation>
    </message>
    <message>
        <source>%1 %2 can be read by others (mode %3); run: chmod 600 %2</source>
        <translation>%1 %2 ist für andere lesbar (Modus %3); ausführen: chmod 600 %2</translation>
    </message>
</context>
<context>
    <name>SecretRekey</name>
    <message>
        <source>%1 uses the gateway's second scheme (v2: Argon2id and Fernet), which Lifeboat cannot re-key: move the file without re-keying and enter that secret again in the target gateway</source>
        <translation>%1 nutzt das zweite Verfahren des Gateways (v2: Argon2id und Fernet), das Lifeboat nicht umschlüsseln kann: die Datei ohne Umschlüsseln übertragen und dieses Geheimnis im Ziel-Gateway neu eingeben</translation>
    </message>
    <message>
        <source>%1 %2 (is --rekey-from-secret-file the source environment's %3?)</source>
        <translation>%1 %2 (ist --rekey-from-secret-file das %3 der Quellumgebung?)</translation>
    </message>
    <message>
        <source>%1 '%2' field %3</source>
        <translation>%1 „%2“ Feld %3</translation>
    </message>
</context>
<context>
    <name>SecretSource</name>
    <message>
        <source>%1 = "prompt" needs a terminal, and this run has none (cron, timers and containers: use file:, env: or credential:)</source>
        <translation>%1 = "prompt" braucht ein Terminal, und dieser Lauf hat keines (cron, Timer und Container: file:, env: oder credential: verwenden)</translation>
    </message>
    <message>
        <source>%1: </source>
        <translation>%1: </translation>
    </message>
    <message>
        <source>no %1 was typed</source>
        <translation>keine Eingabe für %1</translation>
    </message>
    <message>
        <source>"%1" names nothing after the colon</source>
        <translation>„%1“ nennt nichts nach dem Doppelpunkt</translation>
    </message>
    <message>
        <source>"%1" is not a secret source (use %2)</source>
        <translation>„%1“ ist keine Geheimnisquelle (%2 verwenden)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 = "%2": the environment variable %3 is not set (export it, or choose another source)</source>
        <translation>%1 = "%2": die Umgebungsvariable %3 ist nicht gesetzt (exportieren oder eine andere Quelle wählen)</translation>
    </message>
    <message>
        <source>%1 = "%2": no systemd credentials here ($CREDENTIALS_DIRECTORY is not set; add LoadCredential=%3:/path/to/secret to the unit, or use file:)</source>
        <translation>%1 = "%2": hier gibt es keine systemd-Credentials ($CREDENTIALS_DIRECTORY ist nicht gesetzt; LoadCredential=%3:/pfad/zum/geheimnis in der Unit ergänzen oder file: verwenden)</translation>
    </message>
    <message>
        <source>%1 = "%2": the unit passes no credential %3 (add LoadCredential=%3:/path/to/secret)</source>
        <translation>%1 = "%2": die Unit übergibt kein Credential %3 (LoadCredential=%3:/pfad/zum/geheimnis ergänzen)</translation>
    </message>
</context>
<context>
    <name>SecretToken</name>
    <message>
        <source>cannot encrypt a secret (no random numbers or a bad key)</source>
        <translation>ein Geheimnis kann nicht verschlüsselt werden (keine Zufallszahlen oder falscher Schlüssel)</translation>
    </message>
    <message>
        <source>AES-256-GCM encryption failed</source>
        <translation>AES-256-GCM-Verschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>not an encrypted token (base64url of nonce, ciphertext and tag)</source>
        <translation>kein verschlüsseltes Token (base64url aus Nonce, Chiffrat und Tag)</translation>
    </message>
    <message>
        <source>AES-256-GCM decryption failed</source>
        <translation>AES-256-GCM-Entschlüsselung fehlgeschlagen</translation>
    </message>
    <message>
        <source>does not decrypt with the given secret (it was encrypted under another one)</source>
        <translation>lässt sich mit dem angegebenen Geheimnis nicht entschlüsseln (es wurde unter einem anderen verschlüsselt)</translation>
    </message>
</context>
<context>
    <name>SeipdDecoder</name>
    <message>
        <source>OpenPGP data is corrupt or truncated (%1)</source>
        <translation>OpenPGP-Daten sind beschädigt oder abgeschnitten (%1)</translation>
    </message>
    <message>
        <source>OpenSSL could not set up the decryption (out of memory?)</source>
        <translation>OpenSSL konnte die Entschlüsselung nicht vorbereiten (kein Speicher mehr?)</translation>
    </message>
    <message>
        <source>not an integrity-protected data packet</source>
        <translation>kein integritätsgeschütztes Datenpaket</translation>
    </message>
    <message>
        <source>data after the end of the message</source>
        <translation>Daten nach dem Ende der Nachricht</translation>
    </message>
    <message>
        <source>unknown integrity-protected packet version %1</source>
        <translation>unbekannte Version %1 des integritätsgeschützten Pakets</translation>
    </message>
    <message>
        <source>OpenSSL failed to decrypt the data</source>
        <translation>OpenSSL konnte die Daten nicht entschlüsseln</translation>
    </message>
    <message>
        <source>the session key does not fit the data</source>
        <translation>der Sitzungsschlüssel passt nicht zu den Daten</translation>
    </message>
    <message>
        <source>unexpected packet inside the encrypted data</source>
        <translation>unerwartetes Paket in den verschlüsselten Daten</translation>
    </message>
    <message>
        <source>the modification detection code is missing</source>
        <translation>der Code zur Erkennung von Änderungen (MDC) fehlt</translation>
    </message>
    <message>
        <source>data after the modification detection code</source>
        <translation>Daten nach dem Code zur Erkennung von Änderungen (MDC)</translation>
    </message>
    <message>
        <source>the message ends early</source>
        <translation>die Nachricht endet zu früh</translation>
    </message>
    <message>
        <source>OpenSSL failed to hash the data</source>
        <translation>OpenSSL konnte die Prüfsumme der Daten nicht berechnen</translation>
    </message>
    <message>
        <source>the modification detection code does not match: the data was changed</source>
        <translation>der Code zur Erkennung von Änderungen (MDC) stimmt nicht: die Daten wurden verändert</translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>The backup id, as "list" prints it.</source>
        <translation>Die Sicherungs-ID, wie „list“ sie ausgibt.</translation>
    </message>
    <message>
        <source>show takes exactly one backup ID</source>
        <translation>show erwartet genau eine Sicherungs-ID</translation>
    </message>
    <message>
        <source>Show one backup's metadata.</source>
        <translation>Die Metadaten einer Sicherung anzeigen.</translation>
    </message>
</context>
<context>
    <name>SmallFileWriter</name>
    <message>
        <source>cannot create</source>
        <translation>Anlegen nicht möglich:</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich:</translation>
    </message>
</context>
<context>
    <name>SqliteBackupSource</name>
    <message>
        <source>SQLite database %1 does not exist (check the job's path)</source>
        <translation>SQLite-Datenbank %1 existiert nicht (den Pfad des Auftrags prüfen)</translation>
    </message>
    <message>
        <source>Copying %1 with the SQLite online backup API</source>
        <translation>%1 wird mit der Online-Backup-API von SQLite kopiert</translation>
    </message>
    <message>
        <source>Checking, compressing, encrypting and storing</source>
        <translation>Prüfen, komprimieren, verschlüsseln und speichern</translation>
    </message>
    <message>
        <source>the copy of %1 failed its integrity check, so it was not stored: %2 (run PRAGMA integrity_check on the source)</source>
        <translation>die Kopie von %1 hat die Integritätsprüfung nicht bestanden und wurde nicht gespeichert: %2 (PRAGMA integrity_check auf der Quelle ausführen)</translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>SQLite database %1 does not exist (check the job's path)</source>
        <translation>SQLite-Datenbank %1 existiert nicht (den Pfad des Auftrags prüfen)</translation>
    </message>
    <message>
        <source>cannot open SQLite database %1: %2</source>
        <translation>SQLite-Datenbank %1 lässt sich nicht öffnen: %2</translation>
    </message>
    <message>
        <source>SQLite %1: %2</source>
        <translation>SQLite %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation>%1 ist keine benutzbare SQLite-Datenbank: %2</translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation>%1 hat die Integritätsprüfung nicht bestanden: %2</translation>
    </message>
</context>
<context>
    <name>SqliteSnapshot</name>
    <message>
        <source>%1 is not a readable SQLite database: %2 (check the job's path)</source>
        <translation>%1 ist keine lesbare SQLite-Datenbank: %2 (den Pfad des Auftrags prüfen)</translation>
    </message>
    <message>
        <source>cannot start the SQLite backup of %1: %2</source>
        <translation>die SQLite-Sicherung von %1 kann nicht beginnen: %2</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>SQLite backup of %1 failed: %2</source>
        <translation>SQLite-Sicherung von %1 fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>TarExtractSink</name>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich:</translation>
    </message>
    <message>
        <source>the tar stream has data after its end</source>
        <translation>der tar-Strom hat Daten nach seinem Ende</translation>
    </message>
    <message>
        <source>the content is not a tar stream: %1</source>
        <translation>der Inhalt ist kein tar-Strom: %1</translation>
    </message>
    <message>
        <source>the tar stream is damaged or truncated: %1</source>
        <translation>der tar-Strom ist beschädigt oder abgeschnitten: %1</translation>
    </message>
    <message>
        <source>the tar stream holds an unexpected member "%1" (only plain files are allowed): it was not written by Lifeboat</source>
        <translation>der tar-Strom enthält einen unerwarteten Eintrag „%1“ (nur einfache Dateien sind erlaubt): er stammt nicht von Lifeboat</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>Anlegen nicht möglich:</translation>
    </message>
    <message>
        <source>the tar stream is damaged or truncated in %1: %2</source>
        <translation>der tar-Strom ist in %1 beschädigt oder abgeschnitten: %2</translation>
    </message>
    <message>
        <source>the tar stream holds an unexpected member "%1" (links, absolute paths and ".." are refused)</source>
        <translation>der tar-Datenstrom enthält ein unerwartetes Element „%1“ (Links, absolute Pfade und „..“ werden abgelehnt)</translation>
    </message>
    <message>
        <source>the tar stream holds a file without a name</source>
        <translation>der tar-Datenstrom enthält eine Datei ohne Namen</translation>
    </message>
    <message>
        <source>the tar stream is damaged in %1: data beyond the member's size</source>
        <translation>der tar-Datenstrom ist in %1 beschädigt: Daten jenseits der Größe des Eintrags</translation>
    </message>
</context>
<context>
    <name>TarWriter</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>libarchive cannot create a tar writer (out of memory?)</source>
        <translation>libarchive kann keinen tar-Schreiber anlegen (Speicher voll?)</translation>
    </message>
    <message>
        <source>cannot start the tar stream</source>
        <translation>der tar-Strom kann nicht begonnen werden</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>Lesen nicht möglich:</translation>
    </message>
    <message>
        <source>cannot add %1 to the tar stream</source>
        <translation>%1 kann nicht in den tar-Strom aufgenommen werden</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>%1 shrank while it was being packed</source>
        <translation>%1 wurde beim Packen kleiner</translation>
    </message>
    <message>
        <source>cannot end the tar stream</source>
        <translation>der tar-Strom kann nicht abgeschlossen werden</translation>
    </message>
</context>
<context>
    <name>TimelineCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Ein Auftrag der Art postgresql-cluster.</translation>
    </message>
    <message>
        <source>Only events at or after this time (ISO 8601; without offset in the config's timezone).</source>
        <translation>Nur Ereignisse ab dieser Zeit (ISO 8601; ohne Offset in der Zeitzone der Konfiguration).</translation>
    </message>
    <message>
        <source>TS</source>
        <translation>ZEIT</translation>
    </message>
    <message>
        <source>Only events at or before this time.</source>
        <translation>Nur Ereignisse bis zu dieser Zeit.</translation>
    </message>
    <message>
        <source>Only destructive operations, no commits.</source>
        <translation>Nur destruktive Operationen, keine Commits.</translation>
    </message>
    <message>
        <source>Commits, aborts and destructive operations per minute (the density view).</source>
        <translation>Commits, Abbrüche und destruktive Operationen je Minute (die Dichteansicht).</translation>
    </message>
    <message>
        <source>With --summary: seconds per bucket (default 60).</source>
        <translation>Mit --summary: Sekunden je Intervall (Standard 60).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>At most N entries (default 10000; 0: all).</source>
        <translation>Höchstens N Einträge (Standard 10000; 0: alle).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Show the index as it is; read no new WAL.</source>
        <translation>Den Index zeigen, wie er ist; kein neues WAL lesen.</translation>
    </message>
    <message>
        <source>Forget the index and read the whole archive again.</source>
        <translation>Den Index verwerfen und das ganze Archiv neu lesen.</translation>
    </message>
    <message>
        <source>timeline takes exactly one JOB</source>
        <translation>timeline nimmt genau einen JOB</translation>
    </message>
    <message>
        <source>--%1 "%2" is not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)</source>
        <translation>--%1 „%2“ ist keine Zeitangabe (ISO 8601 verwenden, z. B. 2025-01-28T14:25:00Z)</translation>
    </message>
    <message>
        <source>--limit takes a number (0: no limit)</source>
        <translation>--limit erwartet eine Zahl (0: keine Grenze)</translation>
    </message>
    <message>
        <source>--bucket takes a number of seconds (1 or more)</source>
        <translation>--bucket erwartet eine Anzahl Sekunden (1 oder mehr)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>Commits per %n second(s) of job %1:</source>
        <translation><numerusform>Commits je %n Sekunde des Auftrags %1:</numerusform><numerusform>Commits je %n Sekunden des Auftrags %1:</numerusform></translation>
    </message>
    <message>
        <source>  %1  %2 commits  %3 aborts  %4 destructive</source>
        <translation>  %1  %2 Commits  %3 Abbrüche  %4 destruktiv</translation>
    </message>
    <message>
        <source>Job %1 has no indexed WAL yet: nothing archived, or the index was never updated.</source>
        <translation>Auftrag %1 hat noch kein indiziertes WAL: nichts archiviert, oder der Index wurde nie aktualisiert.</translation>
    </message>
    <message numerus="yes">
        <source>WAL events of job %1 (%n indexed segment(s)):</source>
        <translation><numerusform>WAL-Ereignisse des Auftrags %1 (%n indiziertes Segment):</numerusform><numerusform>WAL-Ereignisse des Auftrags %1 (%n indizierte Segmente):</numerusform></translation>
    </message>
    <message>
        <source>abort </source>
        <translation>Abbruch</translation>
    </message>
    <message>
        <source>commit</source>
        <translation>Commit</translation>
    </message>
    <message>
        <source>  %1  #%2 %3: %4  (xid %5, LSN %6, timeline %7)</source>
        <translation>  %1  #%2 %3: %4  (xid %5, LSN %6, Zeitlinie %7)</translation>
    </message>
    <message>
        <source>(relations unknown)</source>
        <translation>(Relationen unbekannt)</translation>
    </message>
    <message>
        <source>      to recover to just before it: lifeboat-cli pitr %1 --pgdata DIR --before-event %2 --start</source>
        <translation>      um bis kurz davor wiederherzustellen: lifeboat-cli pitr %1 --pgdata DIR --before-event %2 --start</translation>
    </message>
    <message>
        <source>  (more entries: narrow --from/--to, use --destructive, or raise --limit)</source>
        <translation>  (weitere Einträge: --from/--to eingrenzen, --destructive verwenden oder --limit erhöhen)</translation>
    </message>
    <message>
        <source>WAL events: commits (time, xid, LSN) and destructive operations (DROP, TRUNCATE, mass DELETE).</source>
        <translation>WAL-Ereignisse: Commits (Zeit, xid, LSN) und destruktive Operationen (DROP, TRUNCATE, Massen-DELETE).</translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Backup ids to verify.</source>
        <translation>Zu prüfende Sicherungs-IDs.</translation>
    </message>
    <message>
        <source>Verify every backup of this job.</source>
        <translation>Alle Sicherungen dieses Auftrags prüfen.</translation>
    </message>
    <message>
        <source>JOB</source>
        <translation>AUFTRAG</translation>
    </message>
    <message>
        <source>Verify every backup in the catalog.</source>
        <translation>Alle Sicherungen im Katalog prüfen.</translation>
    </message>
    <message>
        <source>checksum (stored bytes), decode (decrypt and decompress), format (check the decoded database), restore (test restore). Default: the job's verify setting.</source>
        <translation>checksum (gespeicherte Bytes), decode (entschlüsseln und entpacken), format (die entpackte Datenbank prüfen), restore (Probewiederherstellung). Standard: die verify-Einstellung des Auftrags.</translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation>STUFE</translation>
    </message>
    <message>
        <source>name backup IDs, or --job JOB, or --all (one of them)</source>
        <translation>Sicherungs-IDs, --job AUFTRAG oder --all angeben (eines davon)</translation>
    </message>
    <message>
        <source>No backups to verify.</source>
        <translation>Keine Sicherungen zu prüfen.</translation>
    </message>
    <message>
        <source>Verify backups; exits 3 if any fails.</source>
        <translation>Sicherungen prüfen; Rückgabewert 3, wenn eine fehlschlägt.</translation>
    </message>
    <message>
        <source>; needs the passphrase</source>
        <translation>; braucht die Passphrase</translation>
    </message>
    <message>
        <source>; needs the secret key of %1</source>
        <translation>; braucht den geheimen Schlüssel von %1</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>passed  %1 (%2%3)</source>
        <translation>bestanden  %1 (%2%3)</translation>
    </message>
    <message>
        <source>FAILED  %1 (%2%3): %4</source>
        <translation>FEHLER  %1 (%2%3): %4</translation>
    </message>
</context>
<context>
    <name>WalArchive</name>
    <message>
        <source>"%1" is not a WAL file name (expected e.g. 000000010000000000000003 or 00000002.history)</source>
        <translation>„%1“ ist kein WAL-Dateiname (erwartet z. B. 000000010000000000000003 oder 00000002.history)</translation>
    </message>
    <message>
        <source>WAL file %1 is archived twice with different contents (%2, %3): remove the one that does not belong to this cluster</source>
        <translation>WAL-Datei %1 ist zweimal mit verschiedenem Inhalt archiviert (%2, %3): die Datei entfernen, die nicht zu diesem Cluster gehört</translation>
    </message>
    <message>
        <source>"%1" is not a WAL file name (archive_command must pass %p)</source>
        <translation>„%1“ ist kein WAL-Dateiname (archive_command muss %p übergeben)</translation>
    </message>
    <message>
        <source>WAL file %1 is already archived with different contents (%2): another cluster, or a restored copy of this one, is archiving into job "%3" — give it its own job; nothing was overwritten</source>
        <translation>WAL-Datei %1 ist bereits mit anderem Inhalt archiviert (%2): ein anderer Cluster oder eine wiederhergestellte Kopie dieses Clusters archiviert in Auftrag „%3“ — ihm einen eigenen Auftrag geben; nichts wurde überschrieben</translation>
    </message>
    <message>
        <source>archived WAL file %1 is damaged: %2 (restore the repository's copy of it, or recover to a point before it)</source>
        <translation>archivierte WAL-Datei %1 ist beschädigt: %2 (die Kopie im Repository wiederherstellen oder auf einen Punkt davor wiederherstellen)</translation>
    </message>
    <message>
        <source>archived WAL file %1 is damaged: its content does not match the checksum in its name (restore the repository's copy of it, or recover to a point before it)</source>
        <translation>archivierte WAL-Datei %1 ist beschädigt: ihr Inhalt passt nicht zur Prüfsumme im Namen (die Kopie im Repository wiederherstellen oder auf einen Punkt davor wiederherstellen)</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich:</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>Anlegen nicht möglich:</translation>
    </message>
    <message>
        <source>repository of job "%1" is not a local folder: WAL cannot be adopted into it</source>
        <translation>das Repository von Auftrag „%1“ ist kein lokaler Ordner: WAL kann nicht übernommen werden</translation>
    </message>
    <message>
        <source>cannot rename into</source>
        <translation>Umbenennen nicht möglich nach</translation>
    </message>
</context>
<context>
    <name>WalFetchCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Ein Auftrag der Art postgresql-cluster.</translation>
    </message>
    <message>
        <source>The WAL file's name (%f).</source>
        <translation>Der Name der WAL-Datei (%f).</translation>
    </message>
    <message>
        <source>Where to write it (%p).</source>
        <translation>Wohin sie geschrieben wird (%p).</translation>
    </message>
    <message>
        <source>wal-fetch takes JOB, NAME and DEST</source>
        <translation>wal-fetch erwartet AUFTRAG, NAME und ZIEL</translation>
    </message>
    <message>
        <source>Fetch one archived WAL file (restore_command = 'lifeboat-cli wal-fetch JOB %f %p'); exit 1 when it does not exist.</source>
        <translation>Eine archivierte WAL-Datei holen (restore_command = 'lifeboat-cli wal-fetch JOB %f %p'); Exit-Code 1, wenn es sie nicht gibt.</translation>
    </message>
</context>
<context>
    <name>WalFetcher</name>
    <message>
        <source>job "%1" has no WAL archive in repository "%2" at %3 (check the config's repository path, and that this user may read it)</source>
        <translation>Auftrag „%1“ hat kein WAL-Archiv im Repository „%2“ unter %3 (den Repository-Pfad der Konfiguration prüfen und ob dieser Benutzer ihn lesen darf)</translation>
    </message>
    <message>
        <source>WAL file %1 is not in the archive of job "%2"</source>
        <translation>WAL-Datei %1 ist nicht im Archiv von Auftrag „%2“</translation>
    </message>
</context>
<context>
    <name>WalPushCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Ein Auftrag der Art postgresql-cluster.</translation>
    </message>
    <message>
        <source>The WAL file (%p), relative to the data directory.</source>
        <translation>Die WAL-Datei (%p), relativ zum Datenverzeichnis.</translation>
    </message>
    <message>
        <source>wal-push takes JOB and PATH</source>
        <translation>wal-push erwartet AUFTRAG und PFAD</translation>
    </message>
    <message>
        <source>%1 was already archived</source>
        <translation>%1 war bereits archiviert</translation>
    </message>
    <message>
        <source>archived %1 (and %2 waiting files ahead)</source>
        <translation>%1 archiviert (und %2 wartende Dateien vorab)</translation>
    </message>
    <message>
        <source>Archive one WAL file (archive_command = 'lifeboat-cli wal-push JOB %p').</source>
        <translation>Eine WAL-Datei archivieren (archive_command = 'lifeboat-cli wal-push JOB %p').</translation>
    </message>
</context>
<context>
    <name>WalPushHelper</name>
    <message>
        <source>cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot watch %1: %2</source>
        <translation>%1 kann nicht überwacht werden: %2</translation>
    </message>
    <message>
        <source>watching %1 for job "%2"</source>
        <translation>überwache %1 für Auftrag „%2“</translation>
    </message>
    <message>
        <source>poll failed: %1</source>
        <translation>poll fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>streaming WAL again from %1</source>
        <translation>streame WAL wieder ab %1</translation>
    </message>
    <message>
        <source>streaming WAL ahead for job "%1" from %2</source>
        <translation>streame WAL vorab für Auftrag „%1“ ab %2</translation>
    </message>
    <message>
        <source>pushing .ready files without streaming ahead: %1</source>
        <translation>archiviere .ready-Dateien ohne Vorab-Streaming: %1</translation>
    </message>
    <message>
        <source>the server ended the stream (a new timeline?)</source>
        <translation>der Server hat den Stream beendet (eine neue Zeitleiste?)</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>the job's conninfo reaches another cluster (system identifier %1; this pg_wal belongs to %2): check conninfo</source>
        <translation>die conninfo des Auftrags erreicht einen anderen Cluster (Systemkennung %1; dieses pg_wal gehört zu %2): conninfo prüfen</translation>
    </message>
</context>
<context>
    <name>WalPushHelperCommand</name>
    <message>
        <source>A postgresql-cluster job.</source>
        <translation>Ein Auftrag der Art postgresql-cluster.</translation>
    </message>
    <message>
        <source>The server's pg_wal folder.</source>
        <translation>Der pg_wal-Ordner des Servers.</translation>
    </message>
    <message>
        <source>Stop after this many seconds without a .ready file.</source>
        <translation>Nach so vielen Sekunden ohne .ready-Datei beenden.</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <source>wal-push-helper takes JOB and PG_WAL</source>
        <translation>wal-push-helper erwartet JOB und PG_WAL</translation>
    </message>
    <message>
        <source>The resident archive helper that wal-push starts (internal).</source>
        <translation>Der residente Archivhelfer, den wal-push startet (intern).</translation>
    </message>
</context>
<context>
    <name>WalPusher</name>
    <message>
        <source>job "%1" is of kind "%2": WAL is archived by postgresql-cluster jobs</source>
        <translation>Auftrag „%1“ ist von der Art „%2“: WAL wird von postgresql-cluster-Aufträgen archiviert</translation>
    </message>
    <message>
        <source>"%1" is not a WAL file (archive_command must pass %p)</source>
        <translation>„%1“ ist keine WAL-Datei (archive_command muss %p übergeben)</translation>
    </message>
</context>
<context>
    <name>WalStreamSegment</name>
    <message>
        <source>cannot read</source>
        <translation>Lesen nicht möglich:</translation>
    </message>
    <message>
        <source>streaming WAL ahead needs a local repository</source>
        <translation>Vorab-Streaming von WAL braucht ein lokales Repository</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>Anlegen nicht möglich:</translation>
    </message>
    <message>
        <source>the streamed copy of %1 differs from the server's file; it is pushed from the file instead</source>
        <translation>die gestreamte Kopie von %1 weicht von der Datei des Servers ab; es wird aus der Datei archiviert</translation>
    </message>
    <message>
        <source>%1 was replaced while it was streamed; it is pushed from the file instead</source>
        <translation>%1 wurde beim Streamen ersetzt; es wird aus der Datei archiviert</translation>
    </message>
    <message>
        <source>%1 is shorter than a segment; it is pushed from the file instead</source>
        <translation>%1 ist kürzer als ein Segment; es wird aus der Datei archiviert</translation>
    </message>
</context>
<context>
    <name>WalTimeline</name>
    <message>
        <source>the WAL event index of job %1 in the catalog is damaged; run "lifeboat-cli timeline %1 --rebuild"</source>
        <translation>der WAL-Ereignisindex von Auftrag %1 im Katalog ist beschädigt; „lifeboat-cli timeline %1 --rebuild“ ausführen</translation>
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
        <translation>NEU GESCHRIEBEN</translation>
    </message>
    <message numerus="yes">
        <source>DELETE of %n row(s)</source>
        <translation><numerusform>DELETE von %n Zeile</numerusform><numerusform>DELETE von %n Zeilen</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>UPDATE of %n row(s)</source>
        <translation><numerusform>UPDATE von %n Zeile</numerusform><numerusform>UPDATE von %n Zeilen</numerusform></translation>
    </message>
</context>
<context>
    <name>ZstdDecompressor</name>
    <message>
        <source>zstd data is corrupt: %1</source>
        <translation>zstd-Daten sind beschädigt: %1</translation>
    </message>
    <message>
        <source>zstd data is truncated: the stream ends inside a frame</source>
        <translation>zstd-Daten sind abgeschnitten: der Strom endet mitten in einem Rahmen</translation>
    </message>
</context>
<context>
    <name>lifeboat::AppDataPage</name>
    <message>
        <source>create</source>
        <translation>anlegen</translation>
    </message>
    <message>
        <source>update</source>
        <translation>aktualisieren</translation>
    </message>
    <message>
        <source>unchanged</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>überspringen</translation>
    </message>
    <message>
        <source>rename</source>
        <translation>umbenennen</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <source>delete</source>
        <translation>löschen</translation>
    </message>
    <message>
        <source>Include disabled entities</source>
        <translation>Deaktivierte Entitäten einbeziehen</translation>
    </message>
    <message>
        <source>Export to file…</source>
        <translation>In Datei exportieren…</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Take a safety export of the database first (the way to undo)</source>
        <translation>Zuerst einen Sicherheitsexport der Datenbank erstellen (zum Rückgängigmachen)</translation>
    </message>
    <message>
        <source>Preview plan</source>
        <translation>Plan anzeigen</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importieren…</translation>
    </message>
    <message>
        <source>Show unchanged and skipped entities</source>
        <translation>Unveränderte und übersprungene Entitäten zeigen</translation>
    </message>
    <message>
        <source>An export file (Lifeboat's or the application's own)</source>
        <translation>Eine Exportdatei (von Lifeboat oder der Anwendung selbst)</translation>
    </message>
    <message>
        <source>Update existing (changed fields, links merged)</source>
        <translation>Vorhandene aktualisieren (geänderte Felder, Verknüpfungen zusammengeführt)</translation>
    </message>
    <message>
        <source>Entities that exist already get the file's changed fields; new ones are created.</source>
        <translation>Bereits vorhandene Entitäten erhalten die geänderten Felder der Datei; neue werden angelegt.</translation>
    </message>
    <message>
        <source>Skip existing</source>
        <translation>Vorhandene überspringen</translation>
    </message>
    <message>
        <source>Entities that exist already are left as they are.</source>
        <translation>Bereits vorhandene Entitäten bleiben, wie sie sind.</translation>
    </message>
    <message>
        <source>Import as copies (name_imported_N)</source>
        <translation>Als Kopien importieren (name_imported_N)</translation>
    </message>
    <message>
        <source>Entities that exist already are imported again under a new name.</source>
        <translation>Bereits vorhandene Entitäten werden unter neuem Namen erneut importiert.</translation>
    </message>
    <message>
        <source>Stop if anything exists</source>
        <translation>Abbrechen, wenn etwas existiert</translation>
    </message>
    <message>
        <source>Any entity that exists already stops the import before anything is written.</source>
        <translation>Jede bereits vorhandene Entität stoppt den Import, bevor etwas geschrieben wird.</translation>
    </message>
    <message>
        <source>Make the database equal to the file</source>
        <translation>Datenbank gleich der Datei machen</translation>
    </message>
    <message>
        <source>Also deletes entities the file lacks: use it with a safety export to undo an import.</source>
        <translation>Löscht auch Entitäten, die der Datei fehlen: mit einem Sicherheitsexport nutzen, um einen Import rückgängig zu machen.</translation>
    </message>
    <message>
        <source>Application job:</source>
        <translation>Anwendungs-Job:</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Export</translation>
    </message>
    <message>
        <source>Entity types:</source>
        <translation>Entitätstypen:</translation>
    </message>
    <message>
        <source>What the selected entities need comes along (a server's tools, a tool's gateway). Secrets stay encrypted as the application stores them.</source>
        <translation>Was die gewählten Entitäten brauchen, kommt mit (die Werkzeuge eines Servers, das Gateway eines Werkzeugs). Geheimnisse bleiben so verschlüsselt, wie die Anwendung sie speichert.</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>When an entity exists:</source>
        <translation>Wenn eine Entität existiert:</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Matched on</source>
        <translation>Übereinstimmung über</translation>
    </message>
    <message>
        <source>Fields that differ</source>
        <translation>Abweichende Felder</translation>
    </message>
    <message>
        <source>This config has no app-export job. Add one (kind = "app-export", profile = "mcpgateway", path or conninfo of the application's database) to export and import its configuration.</source>
        <translation>Diese Konfiguration hat keinen app-export-Job. Einen hinzufügen (kind = "app-export", profile = "mcpgateway", path oder conninfo der Datenbank der Anwendung), um ihre Konfiguration zu exportieren und zu importieren.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Preview the plan first.</source>
        <translation>Zuerst den Plan anzeigen.</translation>
    </message>
    <message>
        <source>Export %1</source>
        <translation>%1 exportieren</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Choose an export file</source>
        <translation>Exportdatei wählen</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Make %1 equal to %2? Entities the file lacks are deleted.</source>
        <translation>%1 gleich %2 machen? Entitäten, die der Datei fehlen, werden gelöscht.</translation>
    </message>
    <message>
        <source>Import %1 into %2 as previewed?</source>
        <translation>%1 wie in der Vorschau in %2 importieren?</translation>
    </message>
    <message>
        <source> A safety export is taken first.</source>
        <translation> Zuerst wird ein Sicherheitsexport erstellt.</translation>
    </message>
    <message>
        <source> No safety export will be taken.</source>
        <translation> Es wird kein Sicherheitsexport erstellt.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>create %1 · update %2 · unchanged %3 · skip %4 · rename %5 · delete %6 · conflict %7 · links +%8 −%9</source>
        <translation>anlegen %1 · aktualisieren %2 · unverändert %3 · überspringen %4 · umbenennen %5 · löschen %6 · Konflikt %7 · Verknüpfungen +%8 −%9</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Nichts wurde importiert.&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Plan&lt;/b&gt; (nothing written yet): %1</source>
        <translation>&lt;b&gt;Plan&lt;/b&gt; (noch nichts geschrieben): %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt; in one transaction: %1</source>
        <translation>&lt;b&gt;Importiert&lt;/b&gt; in einer Transaktion: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing to change&lt;/b&gt;: %1</source>
        <translation>&lt;b&gt;Nichts zu ändern&lt;/b&gt;: %1</translation>
    </message>
    <message>
        <source>Safety export %1 — to undo, import it with “Make the database equal to the file”.</source>
        <translation>Sicherheitsexport %1 — zum Rückgängigmachen mit „Datenbank gleich der Datei machen“ importieren.</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::AppExportOperation</name>
    <message>
        <source>export needs --output FILE</source>
        <translation>export braucht --output DATEI</translation>
    </message>
    <message>
        <source>folder %1 does not exist (create it or choose another --output)</source>
        <translation>Ordner %1 existiert nicht (anlegen oder anderes --output wählen)</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::AppImportOperation</name>
    <message>
        <source>%1 cannot be read: %2 (check its permissions)</source>
        <translation>%1 ist nicht lesbar: %2 (Berechtigungen prüfen)</translation>
    </message>
    <message>
        <source>%1 is neither a file nor a backup id (see "lifeboat-cli list --job %2")</source>
        <translation>%1 ist weder eine Datei noch eine Sicherungs-ID (siehe „lifeboat-cli list --job %2“)</translation>
    </message>
    <message>
        <source>backup %1 is a %2 backup, not an application export (restore it with "lifeboat-cli restore %1")</source>
        <translation>Sicherung %1 ist eine %2-Sicherung, kein Anwendungsexport (mit „lifeboat-cli restore %1“ wiederherstellen)</translation>
    </message>
    <message>
        <source>Reading backup %1</source>
        <translation>Sicherung %1 wird gelesen</translation>
    </message>
    <message>
        <source>job "%1" is a %2 job; import works on app-export jobs (kind = "app-export" with a profile)</source>
        <translation>Job „%1“ ist ein %2-Job; import arbeitet mit app-export-Jobs (kind = "app-export" mit einem Profil)</translation>
    </message>
    <message>
        <source>job "%1": %2</source>
        <translation>Auftrag „%1“: %2</translation>
    </message>
    <message>
        <source>Checking %1</source>
        <translation>%1 wird geprüft</translation>
    </message>
    <message>
        <source>%1 (nothing was written)</source>
        <translation>%1 (nichts wurde geschrieben)</translation>
    </message>
    <message>
        <source>Comparing with %1</source>
        <translation>Vergleich mit %1</translation>
    </message>
    <message numerus="yes">
        <source>%n entit(ies) already exist in %1 and the strategy is "fail": nothing was written (see the plan; choose --strategy skip, update or rename)</source>
        <translation><numerusform>%n Entität existiert bereits in %1 und die Strategie ist „fail“: nichts wurde geschrieben (siehe Plan; --strategy skip, update oder rename wählen)</numerusform><numerusform>%n Entitäten existieren bereits in %1 und die Strategie ist „fail“: nichts wurde geschrieben (siehe Plan; --strategy skip, update oder rename wählen)</numerusform></translation>
    </message>
    <message>
        <source>Taking a safety export of %1</source>
        <translation>Sicherheitsexport von %1 wird erstellt</translation>
    </message>
    <message>
        <source>safety export before import %1</source>
        <translation>Sicherheitsexport vor Import %1</translation>
    </message>
    <message>
        <source>the safety export before the import failed, nothing was imported: %1 (fix it, or pass --no-backup-before-import)</source>
        <translation>der Sicherheitsexport vor dem Import ist fehlgeschlagen, nichts wurde importiert: %1 (beheben oder --no-backup-before-import angeben)</translation>
    </message>
    <message>
        <source>Importing into %1</source>
        <translation>Import in %1</translation>
    </message>
    <message>
        <source>import %1 into %2 from %3 (strategy %4): created %5, updated %6, skipped %7, renamed %8, deleted %9, failed 0</source>
        <translation>Import %1 in %2 aus %3 (Strategie %4): angelegt %5, aktualisiert %6, übersprungen %7, umbenannt %8, gelöscht %9, fehlgeschlagen 0</translation>
    </message>
    <message>
        <source>warning: the import's result is not in the catalog: %1</source>
        <translation>Warnung: das Ergebnis des Imports steht nicht im Katalog: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::BackupOperation</name>
    <message>
        <source>removed %1, left by an aborted run</source>
        <translation>%1 entfernt, Rest eines abgebrochenen Laufs</translation>
    </message>
    <message>
        <source>Verifying (%1)</source>
        <translation>Prüfen (%1)</translation>
    </message>
    <message>
        <source>backup %1 is stored but the catalog was not updated: %2 (run "lifeboat-cli catalog rebuild")</source>
        <translation>Sicherung %1 ist gespeichert, aber der Katalog wurde nicht aktualisiert: %2 („lifeboat-cli catalog rebuild“ ausführen)</translation>
    </message>
    <message>
        <source>backup %1 was written but failed verification: %2</source>
        <translation>Sicherung %1 wurde geschrieben, hat die Prüfung aber nicht bestanden: %2</translation>
    </message>
    <message>
        <source>relation names for the WAL event index were not recorded: %1</source>
        <translation>Relationsnamen für den WAL-Ereignisindex wurden nicht erfasst: %1</translation>
    </message>
    <message>
        <source>Copying %1, not yet in repository "%2"</source>
        <translation>%1 wird kopiert, noch nicht im Repository „%2“</translation>
    </message>
    <message>
        <source>backup %1 is stored, but copying %2 to repository "%3" failed (the next run tries again): %4</source>
        <translation>Sicherung %1 ist gespeichert, aber das Kopieren von %2 in das Repository „%3“ ist fehlgeschlagen (der nächste Lauf versucht es erneut): %4</translation>
    </message>
    <message>
        <source>job %1 into repository %2: %3 bytes, SHA-256 %4</source>
        <translation>Job %1 in Repository %2: %3 Byte, SHA-256 %4</translation>
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
        <translation>nie</translation>
    </message>
    <message>
        <source>passed (%1)</source>
        <translation>bestanden (%1)</translation>
    </message>
    <message>
        <source>FAILED (%1)</source>
        <translation>FEHLGESCHLAGEN (%1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 [kept forever]</source>
        <translation>%1 [dauerhaft behalten]</translation>
    </message>
    <message>
        <source>%1
artifact: %2
repository: %3
SHA-256: %4</source>
        <translation>%1
Datei: %2
Repository: %3
SHA-256: %4</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Verification</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Label</source>
        <translation>Beschriftung</translation>
    </message>
    <message>
        <source>ok, not yet offsite (%1)</source>
        <translation>ok, noch nicht extern (%1)</translation>
    </message>
</context>
<context>
    <name>lifeboat::CatalogPage</name>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Re&amp;store…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Pin</source>
        <translation>&amp;Anheften</translation>
    </message>
    <message>
        <source>&amp;Label…</source>
        <translation>&amp;Beschriften…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>The job that "Back up now" runs</source>
        <translation>Der Auftrag, den „Jetzt sichern“ ausführt</translation>
    </message>
    <message>
        <source>Check the selected backups again at their job's verification level</source>
        <translation>Die gewählten Sicherungen erneut auf der Prüfstufe ihres Auftrags prüfen</translation>
    </message>
    <message>
        <source>Keep the selected backup forever: retention never removes a pinned backup</source>
        <translation>Die gewählte Sicherung für immer behalten: angeheftete Sicherungen werden nie gelöscht</translation>
    </message>
    <message>
        <source>Remove the selected backup from its repository (asks you to type its id)</source>
        <translation>Die gewählte Sicherung aus ihrem Repository entfernen (fragt nach ihrer Kennung)</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>pinned</source>
        <translation>angeheftet</translation>
    </message>
    <message>
        <source>any day</source>
        <translation>jeder Tag</translation>
    </message>
    <message>
        <source>Label or id contains…</source>
        <translation>Beschriftung oder Kennung enthält…</translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation>&amp;Auftrag:</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>Zeigen:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>von</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>All jobs</source>
        <translation>Alle Aufträge</translation>
    </message>
    <message>
        <source>Un&amp;pin</source>
        <translation>&amp;Lösen</translation>
    </message>
    <message>
        <source>Select a backup to see its metadata, table row counts, checksums and verification history.</source>
        <translation>Wählen Sie eine Sicherung, um ihre Metadaten, Zeilenzahlen, Prüfsummen und Prüfgeschichte zu sehen.</translation>
    </message>
    <message>
        <source>%1 is no longer pinned; its job's retention rules apply again.</source>
        <translation>%1 ist nicht mehr angeheftet; die Aufbewahrungsregeln seines Auftrags gelten wieder.</translation>
    </message>
    <message>
        <source>%1 is pinned: retention will never remove it.</source>
        <translation>%1 ist angeheftet: die Aufbewahrungsregeln löschen sie nie.</translation>
    </message>
    <message>
        <source>Label backup</source>
        <translation>Sicherung beschriften</translation>
    </message>
    <message>
        <source>Label for %1:</source>
        <translation>Beschriftung für %1:</translation>
    </message>
    <message>
        <source>Label of %1 saved in its sidecar.</source>
        <translation>Beschriftung von %1 in ihrer Metadatei gespeichert.</translation>
    </message>
    <message>
        <source>%1 is pinned to be kept forever. Type its id to delete it anyway:</source>
        <translation>%1 ist angeheftet und wird für immer aufbewahrt. Geben Sie ihre Kennung ein, um sie trotzdem zu löschen:</translation>
    </message>
    <message>
        <source>This removes %1 from repository "%2" for good. Type its id to confirm:</source>
        <translation>Dies entfernt %1 endgültig aus Repository „%2“. Geben Sie zur Bestätigung die Kennung ein:</translation>
    </message>
    <message>
        <source>Delete backup</source>
        <translation>Sicherung löschen</translation>
    </message>
    <message>
        <source>Nothing deleted: the id was not typed.</source>
        <translation>Nichts gelöscht: die Kennung wurde nicht eingegeben.</translation>
    </message>
    <message>
        <source>Deleted %1; the deletion is in the catalog's audit trail.</source>
        <translation>%1 gelöscht; die Löschung steht im Prüfprotokoll des Katalogs.</translation>
    </message>
</context>
<context>
    <name>lifeboat::CatalogRebuildOperation</name>
    <message>
        <source>Reading repository "%1"</source>
        <translation>Repository „%1“ wird gelesen</translation>
    </message>
    <message>
        <source>catalog left unchanged: %1</source>
        <translation>Katalog unverändert gelassen: %1</translation>
    </message>
    <message>
        <source>the catalog could not be opened; moved it to %1</source>
        <translation>der Katalog ließ sich nicht öffnen; nach %1 verschoben</translation>
    </message>
</context>
<context>
    <name>lifeboat::ChecksPage</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <source>Pre-checks</source>
        <translation>Vorabprüfungen</translation>
    </message>
    <message>
        <source>Nothing has been changed yet. Every check must pass before the restore can start.</source>
        <translation>Noch wurde nichts geändert. Jede Prüfung muss bestehen, bevor die Wiederherstellung beginnen kann.</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>All checks passed. The restore will:</source>
        <translation>Alle Prüfungen bestanden. Die Wiederherstellung wird:</translation>
    </message>
    <message>
        <source>Fix what failed (the details say how), then check again or go back and change your choices.</source>
        <translation>Beheben, was fehlschlug (die Details sagen wie), dann erneut prüfen oder zurückgehen und die Wahl ändern.</translation>
    </message>
</context>
<context>
    <name>lifeboat::DashboardPage</name>
    <message>
        <source>Open a config to see its jobs.</source>
        <translation>Öffnen Sie eine Konfiguration, um ihre Aufträge zu sehen.</translation>
    </message>
    <message>
        <source>The config has no jobs yet.</source>
        <translation>Die Konfiguration hat noch keine Aufträge.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1 healthy, %2 need attention, %3 at risk&lt;/b&gt; — %n backup(s) in the catalog.</source>
        <translation><numerusform>&lt;b&gt;%1 in Ordnung, %2 brauchen Aufmerksamkeit, %3 gefährdet&lt;/b&gt; — %n Sicherung im Katalog.</numerusform><numerusform>&lt;b&gt;%1 in Ordnung, %2 brauchen Aufmerksamkeit, %3 gefährdet&lt;/b&gt; — %n Sicherungen im Katalog.</numerusform></translation>
    </message>
    <message>
        <source>The alerts of resources/monitoring/lifeboat-alerts.yml, as they stand now</source>
        <translation>Die Alarme aus resources/monitoring/lifeboat-alerts.yml, wie sie jetzt stehen</translation>
    </message>
</context>
<context>
    <name>lifeboat::DrillOperation</name>
    <message>
        <source>job %1 has no successful backup to restore (run "lifeboat-cli backup %1" first)</source>
        <translation>Auftrag %1 hat keine erfolgreiche Sicherung zum Wiederherstellen (zuerst „lifeboat-cli backup %1“ ausführen)</translation>
    </message>
    <message>
        <source>Starting a scratch PostgreSQL %1 server</source>
        <translation>Starte einen Wegwerf-Server PostgreSQL %1</translation>
    </message>
    <message>
        <source>restored backup %1 (finished %2) into %3</source>
        <translation>Sicherung %1 (beendet %2) nach %3 wiederhergestellt</translation>
    </message>
    <message>
        <source>no free TCP port on this host for the recovered server</source>
        <translation>kein freier TCP-Port auf diesem Rechner für den wiederhergestellten Server</translation>
    </message>
    <message>
        <source>recovered from base backup %1 to %2 (last replayed commit %3) on port %4</source>
        <translation>aus Basissicherung %1 bis %2 wiederhergestellt (letzter eingespielter Commit %3) auf Port %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>step "%1" restored nothing to check</source>
        <translation>Schritt „%1“ hat nichts zum Prüfen wiederhergestellt</translation>
    </message>
    <message>
        <source>the backup restored by "%1" records no row counts to compare with</source>
        <translation>die von „%1“ wiederhergestellte Sicherung enthält keine Zeilenzahlen zum Vergleichen</translation>
    </message>
    <message>
        <source>drill plan %1, step "%2": %3</source>
        <translation>Übungsplan %1, Schritt „%2“: %3</translation>
    </message>
    <message>
        <source>--incident-time "%1" is not a time (use ISO 8601, e.g. 2025-01-28T14:25:00Z)</source>
        <translation>--incident-time „%1“ ist keine Zeitangabe (ISO 8601 verwenden, z. B. 2025-01-28T14:25:00Z)</translation>
    </message>
    <message>
        <source>the incident time %1 is after the drill's start %2: RTO is measured from the incident, so it must come first</source>
        <translation>die Vorfallszeit %1 liegt nach dem Beginn der Übung %2: RTO wird ab dem Vorfall gemessen, er muss also zuerst kommen</translation>
    </message>
    <message>
        <source>cannot create a scratch folder in %1: %2 (free space there or set LIFEBOAT_TMPDIR)</source>
        <translation>kann in %1 keinen Arbeitsordner anlegen: %2 (dort Platz schaffen oder LIFEBOAT_TMPDIR setzen)</translation>
    </message>
    <message>
        <source>manual step: no one to do it in a headless run</source>
        <translation>manueller Schritt: in einem Lauf ohne Oberfläche macht ihn niemand</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>no verification step passed</source>
        <translation>kein Prüfschritt bestanden</translation>
    </message>
    <message>
        <source>RTO objective</source>
        <translation>RTO-Ziel</translation>
    </message>
    <message>
        <source>nothing was restored (no RPO)</source>
        <translation>nichts wurde wiederhergestellt (kein RPO)</translation>
    </message>
    <message>
        <source>RPO objective</source>
        <translation>RPO-Ziel</translation>
    </message>
    <message>
        <source>plan "%1": %2%3</source>
        <translation>Plan „%1“: %2%3</translation>
    </message>
    <message>
        <source> at %1</source>
        <translation> bei %1</translation>
    </message>
    <message>
        <source>stopped by the facilitator</source>
        <translation>von der Übungsleitung abgebrochen</translation>
    </message>
    <message>
        <source>not done: %1</source>
        <translation>nicht erledigt: %1</translation>
    </message>
    <message>
        <source>done</source>
        <translation>erledigt</translation>
    </message>
    <message numerus="yes">
        <source>all %n item(s) done</source>
        <translation><numerusform>%n Punkt erledigt</numerusform><numerusform>alle %n Punkte erledigt</numerusform></translation>
    </message>
    <message>
        <source>job %1 is of kind %2: drills restore sqlite, postgresql and files jobs (use a pitr step for postgresql-cluster)</source>
        <translation>Auftrag %1 ist von der Art %2: Übungen stellen sqlite-, postgresql- und files-Aufträge wieder her (für postgresql-cluster einen pitr-Schritt verwenden)</translation>
    </message>
    <message>
        <source>step "%1" restored a folder, which has no tables to query: check it with a command step (${LIFEBOAT_DRILL_TARGET} is the folder)</source>
        <translation>Schritt „%1“ hat einen Ordner wiederhergestellt, der keine Tabellen zum Abfragen hat: mit einem command-Schritt prüfen (${LIFEBOAT_DRILL_TARGET} ist der Ordner)</translation>
    </message>
</context>
<context>
    <name>lifeboat::DrillRunnerDialog</name>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>skipped — manual</source>
        <translation>übersprungen — manuell</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message>
        <source>Manual step</source>
        <translation>Manueller Schritt</translation>
    </message>
    <message>
        <source>Step &amp;done</source>
        <translation>Schritt &amp;erledigt</translation>
    </message>
    <message>
        <source>S&amp;top the drill here</source>
        <translation>Übung hier ab&amp;brechen</translation>
    </message>
    <message>
        <source>&amp;Run drill</source>
        <translation>Übung &amp;starten</translation>
    </message>
    <message>
        <source>RTO/RPO &amp;report…</source>
        <translation>RTO/RPO-&amp;Bericht…</translation>
    </message>
    <message>
        <source>Disaster-recovery drill</source>
        <translation>Notfallübung</translation>
    </message>
    <message>
        <source>Your name: signs the drill off</source>
        <translation>Ihr Name: zeichnet die Übung ab</translation>
    </message>
    <message>
        <source>Evidence: what you did and saw (ticket numbers, names, times)</source>
        <translation>Nachweis: was Sie getan und gesehen haben (Ticketnummern, Namen, Zeiten)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Detail</translation>
    </message>
    <message>
        <source>&amp;Open plan…</source>
        <translation>Plan ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a drill plan</source>
        <translation>Übungsplan öffnen</translation>
    </message>
    <message>
        <source>Drill plans (*.toml)</source>
        <translation>Übungspläne (*.toml)</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Plan:</translation>
    </message>
    <message>
        <source>Facilitator:</source>
        <translation>Übungsleitung:</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; — objectives: RTO %2, RPO %3. %4</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; — Ziele: RTO %2, RPO %3. %4</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>Running…</source>
        <translation>Läuft…</translation>
    </message>
    <message>
        <source>Manual step %1 of %2: %3</source>
        <translation>Manueller Schritt %1 von %2: %3</translation>
    </message>
    <message>
        <source>RTO clock: %1 since the incident — objective %2</source>
        <translation>RTO-Uhr: %1 seit dem Vorfall — Ziel %2</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>%1 (objective %2, %3)</source>
        <translation>%1 (Ziel %2, %3)</translation>
    </message>
    <message>
        <source>met</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>verfehlt</translation>
    </message>
    <message>
        <source>RTO %1 · RPO %2</source>
        <translation>RTO %1 · RPO %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;PASSED&lt;/b&gt;</source>
        <translation>&lt;b&gt;BESTANDEN&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b style='color:#d33a2f'&gt;FAILED&lt;/b&gt; at %1</source>
        <translation>&lt;b style='color:#d33a2f'&gt;FEHLGESCHLAGEN&lt;/b&gt; bei %1</translation>
    </message>
    <message>
        <source>Not signed off (enter your name before running to sign it off).</source>
        <translation>Nicht abgezeichnet (vor dem Start Ihren Namen eintragen, um abzuzeichnen).</translation>
    </message>
    <message>
        <source>Signed off by %1 at %2. Recorded as %3.</source>
        <translation>Abgezeichnet von %1 am %2. Erfasst als %3.</translation>
    </message>
    <message>
        <source>RTO/RPO report</source>
        <translation>RTO/RPO-Bericht</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Report written to %1 (SHA-256 of its data: %2).</source>
        <translation>Bericht nach %1 geschrieben (SHA-256 seiner Daten: %2).</translation>
    </message>
</context>
<context>
    <name>lifeboat::DrillsPage</name>
    <message>
        <source>&amp;Run a drill…</source>
        <translation>Übung &amp;ausführen…</translation>
    </message>
    <message>
        <source>Drill</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
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
        <translation>Abgezeichnet von</translation>
    </message>
    <message>
        <source>Open a config to run drills.</source>
        <translation>Eine Konfiguration öffnen, um Übungen auszuführen.</translation>
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
        <translation> (verfehlt)</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED at %1</source>
        <translation>FEHLGESCHLAGEN bei %1</translation>
    </message>
    <message>
        <source>(unsigned)</source>
        <translation>(nicht abgezeichnet)</translation>
    </message>
    <message>
        <source>No drills yet. A drill restores a backup into a scratch target, checks it and measures RTO and RPO.</source>
        <translation>Noch keine Übungen. Eine Übung stellt eine Sicherung in ein Wegwerf-Ziel wieder her, prüft sie und misst RTO und RPO.</translation>
    </message>
    <message numerus="yes">
        <source>%n drill(s) in the catalog, newest first.</source>
        <translation><numerusform>%n Übung im Katalog, die neueste zuerst.</numerusform><numerusform>%n Übungen im Katalog, die neueste zuerst.</numerusform></translation>
    </message>
</context>
<context>
    <name>lifeboat::JobCard</name>
    <message>
        <source>Healthy</source>
        <translation>In Ordnung</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>At risk</source>
        <translation>Gefährdet</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <source>Newest good backup: %1 ago (objective %2)</source>
        <translation>Neueste gute Sicherung: vor %1 (Ziel %2)</translation>
    </message>
    <message>
        <source>Newest good backup: %1 ago</source>
        <translation>Neueste gute Sicherung: vor %1</translation>
    </message>
    <message>
        <source>Newest good backup: none yet</source>
        <translation>Neueste gute Sicherung: noch keine</translation>
    </message>
    <message>
        <source>Next run: %1 (in %2)</source>
        <translation>Nächster Lauf: %1 (in %2)</translation>
    </message>
    <message>
        <source>Next run: not scheduled</source>
        <translation>Nächster Lauf: nicht geplant</translation>
    </message>
    <message>
        <source>Verified: never</source>
        <translation>Geprüft: nie</translation>
    </message>
    <message>
        <source>Verified: %1 at level %2, %3 ago</source>
        <translation>Geprüft: %1 auf Stufe %2, vor %3</translation>
    </message>
    <message>
        <source>passed</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLGESCHLAGEN</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message numerus="yes">
        <source>Repository %1: %2 free; %n backup(s) use %3</source>
        <translation><numerusform>Repository %1: %2 frei; %n Sicherung belegt %3</numerusform><numerusform>Repository %1: %2 frei; %n Sicherungen belegen %3</numerusform></translation>
    </message>
    <message>
        <source>Retention keeps about %1 backups: ~%2 at today's sizes</source>
        <translation>Die Aufbewahrung behält etwa %1 Sicherungen: ~%2 bei heutigen Größen</translation>
    </message>
</context>
<context>
    <name>lifeboat::JobCheckOperation</name>
    <message>
        <source>Checking job %1</source>
        <translation>Prüfe Auftrag %1</translation>
    </message>
    <message>
        <source>job %1: %2: %3 (%4)</source>
        <translation>Auftrag %1: %2: %3 (%4)</translation>
    </message>
</context>
<context>
    <name>lifeboat::JobForm</name>
    <message>
        <source>Also store roles and tablespaces</source>
        <translation>Auch Rollen und Tablespaces speichern</translation>
    </message>
    <message>
        <source>Back up again at once when a scan finds a damaged backup</source>
        <translation>Sofort neu sichern, wenn eine Prüfung eine beschädigte Sicherung findet</translation>
    </message>
    <message>
        <source>/srv/app/app.db (SQLite database file)</source>
        <translation>/srv/app/app.db (SQLite-Datenbankdatei)</translation>
    </message>
    <message>
        <source>host=db1 port=5432 dbname=app user=backup</source>
        <translation>host=db1 port=5432 dbname=app user=backup</translation>
    </message>
    <message>
        <source>optional: a file holding the PostgreSQL password</source>
        <translation>optional: eine Datei mit dem PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>more repositories, comma-separated</source>
        <translation>weitere Repositories, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>0 2 * * *  or  @daily  (empty: by hand only)</source>
        <translation>0 2 * * *  oder  @daily  (leer: nur von Hand)</translation>
    </message>
    <message>
        <source>public key files (.asc), comma-separated</source>
        <translation>öffentliche Schlüsseldateien (.asc), durch Kommas getrennt</translation>
    </message>
    <message>
        <source>secret key files, only where backups are verified or restored</source>
        <translation>geheime Schlüsseldateien, nur wo Sicherungen geprüft oder wiederhergestellt werden</translation>
    </message>
    <message>
        <source>password mode when there are no recipients</source>
        <translation>Passwortmodus, wenn es keine Empfänger gibt</translation>
    </message>
    <message>
        <source>e.g. 30d</source>
        <translation>z. B. 30d</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <source>Database &amp;file:</source>
        <translation>Datenbank&amp;datei:</translation>
    </message>
    <message>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <source>Password file:</source>
        <translation>Passwortdatei:</translation>
    </message>
    <message>
        <source>Dump &amp;format:</source>
        <translation>Dump-&amp;Format:</translation>
    </message>
    <message>
        <source>Parallel workers:</source>
        <translation>Parallele Worker:</translation>
    </message>
    <message>
        <source>Storage and protection</source>
        <translation>Speicherung und Schutz</translation>
    </message>
    <message>
        <source>&amp;Repository:</source>
        <translation>&amp;Repository:</translation>
    </message>
    <message>
        <source>Copy to:</source>
        <translation>Kopieren nach:</translation>
    </message>
    <message>
        <source>Compression:</source>
        <translation>Kompression:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>Recipients:</source>
        <translation>Empfänger:</translation>
    </message>
    <message>
        <source>Secret keys:</source>
        <translation>Geheime Schlüssel:</translation>
    </message>
    <message>
        <source>Passphrase file:</source>
        <translation>Passphrasendatei:</translation>
    </message>
    <message>
        <source>&amp;Verify after backup:</source>
        <translation>Nach der Sicherung &amp;prüfen:</translation>
    </message>
    <message>
        <source>Schedule and retention</source>
        <translation>Zeitplan und Aufbewahrung</translation>
    </message>
    <message>
        <source>&amp;Schedule:</source>
        <translation>&amp;Zeitplan:</translation>
    </message>
    <message>
        <source>Missed runs:</source>
        <translation>Verpasste Läufe:</translation>
    </message>
    <message>
        <source>last</source>
        <translation>letzte</translation>
    </message>
    <message>
        <source>hourly</source>
        <translation>stündlich</translation>
    </message>
    <message>
        <source>daily</source>
        <translation>täglich</translation>
    </message>
    <message>
        <source>weekly</source>
        <translation>wöchentlich</translation>
    </message>
    <message>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <source>yearly</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <source>Keep:</source>
        <translation>Behalten:</translation>
    </message>
    <message>
        <source>Keep all within:</source>
        <translation>Alle behalten innerhalb von:</translation>
    </message>
    <message>
        <source>Fail the backup when a file changes while it is read</source>
        <translation>Sicherung abbrechen, wenn sich eine Datei beim Lesen ändert</translation>
    </message>
    <message>
        <source>empty: everything; or patterns such as config/*.yml, comma-separated</source>
        <translation>leer: alles; oder Muster wie config/*.yml, durch Kommas getrennt</translation>
    </message>
    <message>
        <source>e.g. *.tmp, cache/, /logs/old-*</source>
        <translation>z. B. *.tmp, cache/, /logs/old-*</translation>
    </message>
    <message>
        <source>For folders holding a live database: stop the application or back up a snapshot instead (see docs/files.md)</source>
        <translation>Für Ordner mit einer laufenden Datenbank: die Anwendung anhalten oder stattdessen einen Snapshot sichern (siehe docs/files.md)</translation>
    </message>
    <message>
        <source>&amp;Include:</source>
        <translation>&amp;Einschließen:</translation>
    </message>
    <message>
        <source>E&amp;xclude:</source>
        <translation>A&amp;usschließen:</translation>
    </message>
    <message>
        <source>&amp;Folder:</source>
        <translation>&amp;Ordner:</translation>
    </message>
    <message>
        <source>/var/lib/docker/volumes/NAME/_data (a folder)</source>
        <translation>/var/lib/docker/volumes/NAME/_data (ein Ordner)</translation>
    </message>
</context>
<context>
    <name>lifeboat::JobsPage</name>
    <message>
        <source>&amp;New job</source>
        <translation>&amp;Neuer Auftrag</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>Jetzt &amp;sichern</translation>
    </message>
    <message>
        <source>No schedule: this job runs only when started by hand.</source>
        <translation>Kein Zeitplan: dieser Auftrag läuft nur, wenn er von Hand gestartet wird.</translation>
    </message>
    <message>
        <source>%1 (in %2)</source>
        <translation>%1 (in %2)</translation>
    </message>
    <message>
        <source>Next runs (%1):</source>
        <translation>Nächste Läufe (%1):</translation>
    </message>
    <message>
        <source>Give the job a name (letters, digits, '.', '_' and '-').</source>
        <translation>Geben Sie dem Auftrag einen Namen (Buchstaben, Ziffern, '.', '_' und '-').</translation>
    </message>
    <message>
        <source>A job named "%1" exists already; choose another name.</source>
        <translation>Ein Auftrag namens „%1“ existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The changes are valid; Save writes them to %1 and keeps every other line of the file.</source>
        <translation>Die Änderungen sind gültig; Speichern schreibt sie nach %1 und behält jede andere Zeile der Datei.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <source>Choose a job, or make a new one.</source>
        <translation>Wählen Sie einen Auftrag oder legen Sie einen neuen an.</translation>
    </message>
    <message>
        <source>Open a config to edit its jobs.</source>
        <translation>Öffnen Sie eine Konfiguration, um ihre Aufträge zu bearbeiten.</translation>
    </message>
    <message>
        <source>Save the changes first</source>
        <translation>Zuerst die Änderungen speichern</translation>
    </message>
    <message>
        <source>Job %1 saved to %2.</source>
        <translation>Auftrag %1 in %2 gespeichert.</translation>
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
        <translation>Keine nutzbare Konfiguration</translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation>Konfiguration: %1</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the catalog</source>
        <translation><numerusform>%n Sicherung im Katalog</numerusform><numerusform>%n Sicherungen im Katalog</numerusform></translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation>%1 wird gesichert…</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Prüfen…</translation>
    </message>
    <message>
        <source>Backed up %1 (%2) — verification %3.</source>
        <translation>%1 gesichert (%2) — Prüfung: %3.</translation>
    </message>
    <message>
        <source>not run</source>
        <translation>nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) verified: all passed.</source>
        <translation><numerusform>%n Sicherung geprüft: bestanden.</numerusform><numerusform>%n Sicherungen geprüft: alle bestanden.</numerusform></translation>
    </message>
    <message>
        <source>Backup %1 is a failed run and cannot be restored; choose another.</source>
        <translation>Sicherung %1 ist ein fehlgeschlagener Lauf und kann nicht wiederhergestellt werden; eine andere wählen.</translation>
    </message>
    <message>
        <source>Restored %1 into %2; row counts match the backup.</source>
        <translation>%1 nach %2 wiederhergestellt; die Zeilenzahlen stimmen mit der Sicherung überein.</translation>
    </message>
    <message>
        <source>The previous contents were saved first as backup %1.</source>
        <translation>Der vorherige Inhalt wurde zuvor als Sicherung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Jobs</source>
        <translation>Aufträge</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Checking %1…</source>
        <translation>Prüfe %1…</translation>
    </message>
    <message>
        <source>Testing repository %1…</source>
        <translation>Teste Repository %1…</translation>
    </message>
    <message>
        <source>Repository %1 is writable; %2 free.</source>
        <translation>Repository %1 ist beschreibbar; %2 frei.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>WARN</source>
        <translation>WARN</translation>
    </message>
    <message>
        <source>FAIL</source>
        <translation>FEHL</translation>
    </message>
    <message>
        <source>Job %1 can run: every check passed (details in the log, Ctrl+L).</source>
        <translation>Auftrag %1 kann laufen: alle Prüfungen bestanden (Einzelheiten im Protokoll, Strg+L).</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>Recovered %1 into %2: %3 at %4 (LSN %5) after %6 s.</source>
        <translation>%1 nach %2 wiederhergestellt: %3 bei %4 (LSN %5) nach %6 s.</translation>
    </message>
    <message>
        <source>Laid %1 down into %2 with the recovery settings; start it with pg_ctl -D %2 start.</source>
        <translation>%1 mit den Wiederherstellungseinstellungen nach %2 zurückgespielt; starten mit pg_ctl -D %2 start.</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <source>Writing the %1 report…</source>
        <translation>Schreibe den %1-Bericht…</translation>
    </message>
    <message>
        <source>Wrote the report to %1 (SHA-256 of its data: %2).</source>
        <translation>Bericht nach %1 geschrieben (SHA-256 seiner Daten: %2).</translation>
    </message>
    <message>
        <source>Drills</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Repository %1 is writable (object storage reports no free space).</source>
        <translation>Repository %1 ist beschreibbar (Objektspeicher melden keinen freien Platz).</translation>
    </message>
    <message>
        <source>Export / import</source>
        <translation>Export / Import</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>Planning the import into %1…</source>
        <translation>Import in %1 wird geplant…</translation>
    </message>
    <message>
        <source>Importing into %1…</source>
        <translation>Import in %1…</translation>
    </message>
    <message>
        <source>Exported %1 to %2.</source>
        <translation>%1 nach %2 exportiert.</translation>
    </message>
    <message>
        <source>Jobs page</source>
        <translation>Seite „Jobs“</translation>
    </message>
    <message>
        <source>Settings page</source>
        <translation>Seite „Einstellungen“</translation>
    </message>
    <message>
        <source>warning: the config change is not in the audit trail: %1</source>
        <translation>Warnung: die Konfigurationsänderung steht nicht im Prüfprotokoll: %1</translation>
    </message>
    <message>
        <source>saved from the %1</source>
        <translation>gespeichert über die %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::Operation</name>
    <message>
        <source>Out of memory.</source>
        <translation>Kein Speicher mehr.</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>Interner Fehler: %1</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>lifeboat::OperationPanel</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 of %2 items</source>
        <translation>%1 von %2 Einträgen</translation>
    </message>
</context>
<context>
    <name>lifeboat::OptionsPage</name>
    <message>
        <source>First create the &amp;roles and tablespaces stored with the backup</source>
        <translation>Zuerst die mitgesicherten &amp;Rollen und Tablespaces anlegen</translation>
    </message>
    <message>
        <source>What should be restored?</source>
        <translation>Was soll wiederhergestellt werden?</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Umfang</translation>
    </message>
    <message>
        <source>&amp;Everything</source>
        <translation>&amp;Alles</translation>
    </message>
    <message>
        <source>&amp;Schema only (no rows)</source>
        <translation>Nur &amp;Schema (keine Zeilen)</translation>
    </message>
    <message>
        <source>Only the rows of the &amp;chosen tables (every definition)</source>
        <translation>Nur die Zeilen der &amp;gewählten Tabellen (alle Definitionen)</translation>
    </message>
    <message>
        <source>Rows &amp;into the existing target's empty tables, in one transaction</source>
        <translation>Zeilen &amp;in die leeren Tabellen des vorhandenen Ziels, in einer Transaktion</translation>
    </message>
    <message>
        <source>Parallel &amp;jobs:</source>
        <translation>Parallele &amp;Jobs:</translation>
    </message>
    <message>
        <source>The rows go into the database named on the previous page; it is refused, changing nothing, if a table is missing or holds rows. Tick none for every table.</source>
        <translation>Die Zeilen gehen in die auf der vorigen Seite genannte Datenbank; fehlt eine Tabelle oder enthält sie Zeilen, wird abgelehnt und nichts geändert. Keine ankreuzen für alle Tabellen.</translation>
    </message>
    <message>
        <source>Tick the tables whose rows you need.</source>
        <translation>Die Tabellen ankreuzen, deren Zeilen gebraucht werden.</translation>
    </message>
    <message>
        <source>%1 (rows: %L2)</source>
        <translation>%1 (Zeilen: %L2)</translation>
    </message>
    <message>
        <source>This backup holds no roles (set globals = true in the job)</source>
        <translation>Diese Sicherung enthält keine Rollen (globals = true im Auftrag setzen)</translation>
    </message>
</context>
<context>
    <name>lifeboat::PitrOperation</name>
    <message>
        <source>timeline %1: %2 to %3%4</source>
        <translation>Zeitlinie %1: %2 bis %3%4</translation>
    </message>
    <message>
        <source> (approximate)</source>
        <translation> (ungefähr)</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>leer</translation>
    </message>
    <message>
        <source>job "%1" has no base backup to recover timeline %2 from (take one: lifeboat-cli backup %1)</source>
        <translation>Auftrag „%1“ hat keine Basissicherung, um Zeitlinie %2 wiederherzustellen (eine anlegen: lifeboat-cli backup %1)</translation>
    </message>
    <message>
        <source>--time "%1" is not a time (use ISO 8601, e.g. 2025-01-28T14:25:00 or 2025-01-28T14:25:00Z)</source>
        <translation>--time „%1“ ist keine Zeitangabe (ISO 8601 verwenden, z. B. 2025-01-28T14:25:00 oder 2025-01-28T14:25:00Z)</translation>
    </message>
    <message>
        <source>cannot recover job "%1" to %2: that is before the end of its oldest base backup (%3); recoverable: %4 (choose a time inside it)</source>
        <translation>Auftrag „%1“ kann nicht auf %2 wiederhergestellt werden: das liegt vor dem Ende seiner ältesten Basissicherung (%3); wiederherstellbar: %4 (eine Zeit darin wählen)</translation>
    </message>
    <message>
        <source>cannot recover job "%1" to %2: that is not before the last archived commit (%3), and recovery to a time stops at the first commit after it; recoverable: %4 (choose an earlier time, or wait until the WAL holding it is archived — "lifeboat-cli check %1" forces a WAL switch)</source>
        <translation>Auftrag „%1“ kann nicht auf %2 wiederhergestellt werden: das liegt nicht vor dem letzten archivierten Commit (%3), und eine Wiederherstellung auf eine Zeit hält beim ersten Commit danach an; wiederherstellbar: %4 (eine frühere Zeit wählen oder warten, bis das WAL dazu archiviert ist — „lifeboat-cli check %1“ erzwingt einen WAL-Wechsel)</translation>
    </message>
    <message>
        <source>cannot recover job "%1" to %2: the archived WAL has a gap there; recoverable: %3 ("lifeboat-cli recovery-window %1" names the gaps)</source>
        <translation>Auftrag „%1“ kann nicht auf %2 wiederhergestellt werden: das archivierte WAL hat dort eine Lücke; wiederherstellbar: %3 („lifeboat-cli recovery-window %1“ nennt die Lücken)</translation>
    </message>
    <message>
        <source>--lsn "%1" is not an LSN (use the form 16/B374D848)</source>
        <translation>--lsn „%1“ ist keine LSN (Form 16/B374D848 verwenden)</translation>
    </message>
    <message>
        <source>cannot recover job "%1" to LSN %2: it is outside the WAL that follows its base backups; recoverable: %3 ("lifeboat-cli recovery-window %1")</source>
        <translation>Auftrag „%1“ kann nicht auf LSN %2 wiederhergestellt werden: sie liegt außerhalb des WAL nach seinen Basissicherungen; wiederherstellbar: %3 („lifeboat-cli recovery-window %1“)</translation>
    </message>
    <message>
        <source>--xid "%1" is not a transaction number</source>
        <translation>--xid „%1“ ist keine Transaktionsnummer</translation>
    </message>
    <message>
        <source>Looking for transaction %1 in the archived WAL</source>
        <translation>Transaktion %1 wird im archivierten WAL gesucht</translation>
    </message>
    <message>
        <source>Looking for restore point "%1" in the archived WAL</source>
        <translation>Wiederherstellungspunkt „%1“ wird im archivierten WAL gesucht</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>transaction %1 was rolled back at %2, so it is no recovery target (choose a committed transaction)</source>
        <translation>Transaktion %1 wurde um %2 zurückgerollt und ist daher kein Wiederherstellungsziel (eine bestätigte Transaktion wählen)</translation>
    </message>
    <message>
        <source>transaction %1 did not commit in the archived WAL of job "%2" after its oldest base backup (check the number; recoverable: %3)</source>
        <translation>Transaktion %1 wurde im archivierten WAL von Auftrag „%2“ nach seiner ältesten Basissicherung nicht bestätigt (Nummer prüfen; wiederherstellbar: %3)</translation>
    </message>
    <message>
        <source>restore point "%1" is not in the archived WAL of job "%2" after its oldest base backup (names are case-sensitive; recoverable: %3)</source>
        <translation>Wiederherstellungspunkt „%1“ ist nicht im archivierten WAL von Auftrag „%2“ nach seiner ältesten Basissicherung (Groß-/Kleinschreibung zählt; wiederherstellbar: %3)</translation>
    </message>
    <message>
        <source>the target is before the end of every base backup of job "%1"; recoverable: %2</source>
        <translation>das Ziel liegt vor dem Ende jeder Basissicherung von Auftrag „%1“; wiederherstellbar: %2</translation>
    </message>
    <message>
        <source>Laying down base backup %1 in %2</source>
        <translation>Basissicherung %1 wird in %2 abgelegt</translation>
    </message>
    <message>
        <source>base backup %1 does not match its checksum: the artifact is damaged (choose another backup)</source>
        <translation>Basissicherung %1 passt nicht zu ihrer Prüfsumme: das Artefakt ist beschädigt (eine andere Sicherung wählen)</translation>
    </message>
    <message>
        <source>base backup %1 has no backup_label: it is not a pg_basebackup tar (choose another backup)</source>
        <translation>Basissicherung %1 hat kein backup_label: sie ist kein pg_basebackup-tar (eine andere Sicherung wählen)</translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation>Schreiben nicht möglich:</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>Anlegen nicht möglich:</translation>
    </message>
    <message>
        <source>cannot hand over to the folder's owner</source>
        <translation>kann nicht an den Eigentümer des Ordners übergeben werden</translation>
    </message>
    <message>
        <source>Starting PostgreSQL on port %1 and replaying WAL</source>
        <translation>PostgreSQL wird auf Port %1 gestartet und spielt WAL ein</translation>
    </message>
    <message>
        <source>pg_ctl could not start the recovered server: %1 (see %2)</source>
        <translation>pg_ctl konnte den wiederhergestellten Server nicht starten: %1 (siehe %2)</translation>
    </message>
    <message>
        <source>Cancelled; the recovered server keeps running (stop it with pg_ctl -D %1 stop)</source>
        <translation>Abgebrochen; der wiederhergestellte Server läuft weiter (anhalten mit pg_ctl -D %1 stop)</translation>
    </message>
    <message>
        <source>the server stopped</source>
        <translation>der Server hat angehalten</translation>
    </message>
    <message>
        <source>recovery of job "%1" failed: %2 (server log: %3)</source>
        <translation>Wiederherstellung von Auftrag „%1“ fehlgeschlagen: %2 (Serverprotokoll: %3)</translation>
    </message>
    <message>
        <source>job "%1" is of kind "%2": point-in-time recovery needs a postgresql-cluster job</source>
        <translation>Auftrag „%1“ ist von der Art „%2“: Zeitpunktwiederherstellung braucht einen postgresql-cluster-Auftrag</translation>
    </message>
    <message>
        <source>pitr needs --pgdata DIR, an empty or new folder for the recovered cluster</source>
        <translation>pitr braucht --pgdata ORDNER, einen leeren oder neuen Ordner für den wiederhergestellten Cluster</translation>
    </message>
    <message>
        <source>--pgdata %1 is a file, not a folder (choose an empty or new folder)</source>
        <translation>--pgdata %1 ist eine Datei, kein Ordner (einen leeren oder neuen Ordner wählen)</translation>
    </message>
    <message>
        <source>--pgdata %1 is not empty: recovery writes a whole data directory and never mixes it with existing files (choose an empty or new folder)</source>
        <translation>--pgdata %1 ist nicht leer: die Wiederherstellung schreibt ein ganzes Datenverzeichnis und mischt es nie mit vorhandenen Dateien (einen leeren oder neuen Ordner wählen)</translation>
    </message>
    <message>
        <source>--start needs --port N: the recovered server must not take the production server's port</source>
        <translation>--start braucht --port N: der wiederhergestellte Server darf nicht den Port des Produktionsservers belegen</translation>
    </message>
    <message>
        <source>--action must be promote, pause or shutdown</source>
        <translation>--action muss promote, pause oder shutdown sein</translation>
    </message>
    <message>
        <source>PostgreSQL does not run as root: create the --pgdata folder owned by the server's user first (install -d -o postgres -g postgres -m 700 %1)</source>
        <translation>PostgreSQL läuft nicht als root: den --pgdata-Ordner zuerst mit dem Benutzer des Servers als Eigentümer anlegen (install -d -o postgres -g postgres -m 700 %1)</translation>
    </message>
    <message>
        <source>Reading the recovery window</source>
        <translation>Wiederherstellungsfenster wird gelesen</translation>
    </message>
    <message>
        <source>job "%1" has no base backups in repository "%2" (take one: lifeboat-cli backup %1)</source>
        <translation>Auftrag „%1“ hat keine Basissicherungen im Repository „%2“ (eine anlegen: lifeboat-cli backup %1)</translation>
    </message>
    <message>
        <source>restore_command needs lifeboat-cli, and %1 is not an executable file (install lifeboat-cli beside this program, or set LIFEBOAT_RESTORE_CLI to its path)</source>
        <translation>restore_command braucht lifeboat-cli, und %1 ist keine ausführbare Datei (lifeboat-cli neben diesem Programm installieren oder LIFEBOAT_RESTORE_CLI auf seinen Pfad setzen)</translation>
    </message>
    <message>
        <source>job "%1" has no WAL event #%2 ("lifeboat-cli timeline %1 --destructive" lists them)</source>
        <translation>Auftrag „%1“ hat kein WAL-Ereignis #%2 („lifeboat-cli timeline %1 --destructive“ listet sie auf)</translation>
    </message>
    <message>
        <source>#%1 %2 of %3 by transaction %4</source>
        <translation>#%1 %2 von %3 durch Transaktion %4</translation>
    </message>
    <message>
        <source>job %1 into %2, %3: %4</source>
        <translation>Job %1 nach %2, %3: %4</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>lifeboat::PitrTimelineLoad</name>
    <message>
        <source>Updating the WAL event index</source>
        <translation>WAL-Ereignisindex wird aktualisiert</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Reading the recovery window</source>
        <translation>Wiederherstellungsfenster wird gelesen</translation>
    </message>
</context>
<context>
    <name>lifeboat::PitrTimelineView</name>
    <message>
        <source>Recovery timeline</source>
        <translation>Wiederherstellungs-Zeitleiste</translation>
    </message>
    <message>
        <source>Click a time to recover to; arrow keys move the pick, Ctrl+arrows go from commit to commit, Page Up/Down from one destructive operation to the next, plus and minus zoom.</source>
        <translation>Eine Zeit anklicken, auf die wiederhergestellt wird; Pfeiltasten verschieben die Wahl, Strg+Pfeile springen von Commit zu Commit, Bild auf/ab von einer zerstörerischen Operation zur nächsten, Plus und Minus zoomen.</translation>
    </message>
    <message>
        <source>commits</source>
        <translation>Commits</translation>
    </message>
    <message>
        <source>events</source>
        <translation>Ereignisse</translation>
    </message>
    <message>
        <source>backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %Ln commit(s) in this column</source>
        <translation><numerusform>%1 — %Ln Commit in dieser Spalte</numerusform><numerusform>%1 — %Ln Commits in dieser Spalte</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 — %Ln commit(s) in view</source>
        <translation><numerusform>%1 bis %2 — %Ln Commit sichtbar</numerusform><numerusform>%1 bis %2 — %Ln Commits sichtbar</numerusform></translation>
    </message>
    <message>
        <source>one by one</source>
        <translation>einzeln</translation>
    </message>
    <message>
        <source>peak %L1/h</source>
        <translation>Spitze %L1/h</translation>
    </message>
    <message>
        <source>timeline %1</source>
        <translation>Zeitlinie %1</translation>
    </message>
    <message>
        <source>%1 at %2
%3
transaction %4 — click to recover to just before it</source>
        <translation>%1 um %2
%3
Transaktion %4 — klicken, um bis kurz davor wiederherzustellen</translation>
    </message>
    <message>
        <source>(relations unknown)</source>
        <translation>(Relationen unbekannt)</translation>
    </message>
</context>
<context>
    <name>lifeboat::PointPage</name>
    <message>
        <source>Stop just &amp;before the target (exclusive)</source>
        <translation>Kurz &amp;vor dem Ziel anhalten (exklusiv)</translation>
    </message>
    <message>
        <source>To which moment?</source>
        <translation>Auf welchen Zeitpunkt?</translation>
    </message>
    <message>
        <source>Click the timeline to pick a time (it snaps to the nearest commit; hold Alt not to snap), or click a red marker to recover to just before that destructive operation. Scroll to zoom, drag to pan.</source>
        <translation>Auf die Zeitleiste klicken, um eine Zeit zu wählen (sie rastet am nächsten Commit ein; Alt halten, um das zu vermeiden), oder eine rote Marke anklicken, um bis kurz vor diese zerstörerische Operation wiederherzustellen. Rad zoomt, Ziehen verschiebt.</translation>
    </message>
    <message>
        <source>xid, LSN (0/3000060) or restore point name</source>
        <translation>xid, LSN (0/3000060) oder Name des Wiederherstellungspunkts</translation>
    </message>
    <message>
        <source>&amp;Picked on the timeline</source>
        <translation>Auf der &amp;Zeitleiste gewählt</translation>
    </message>
    <message>
        <source>The &amp;latest point</source>
        <translation>Der &amp;neueste Punkt</translation>
    </message>
    <message>
        <source>End of the base backup</source>
        <translation>Ende der Basissicherung</translation>
    </message>
    <message>
        <source>Transaction id</source>
        <translation>Transaktions-ID</translation>
    </message>
    <message>
        <source>LSN</source>
        <translation>LSN</translation>
    </message>
    <message>
        <source>Restore point</source>
        <translation>Wiederherstellungspunkt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Relations</source>
        <translation>Relationen</translation>
    </message>
    <message>
        <source>Transaction</source>
        <translation>Transaktion</translation>
    </message>
    <message>
        <source>Destructive operations found in the archived WAL; choose one to recover to just before it</source>
        <translation>Im archivierten WAL gefundene zerstörerische Operationen; eine wählen, um bis kurz davor wiederherzustellen</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destructive operations&lt;/b&gt; (from the WAL event index)</source>
        <translation>&lt;b&gt;Destruktive Operationen&lt;/b&gt; (aus dem WAL-Ereignisindex)</translation>
    </message>
    <message>
        <source>Reading the recovery window and the WAL event index of %1…</source>
        <translation>Wiederherstellungsfenster und WAL-Ereignisindex von %1 werden gelesen…</translation>
    </message>
    <message>
        <source>No recoverable range yet: the archived WAL after a base backup holds no commit.</source>
        <translation>Noch kein wiederherstellbarer Bereich: das archivierte WAL nach einer Basissicherung enthält keinen Commit.</translation>
    </message>
    <message numerus="yes">
        <source>Recoverable from %1 to %2 (%3), %n base backup(s), %4 destructive operation(s).</source>
        <translation><numerusform>Wiederherstellbar von %1 bis %2 (%3), %n Basissicherung, %4 zerstörerische Operation(en).</numerusform><numerusform>Wiederherstellbar von %1 bis %2 (%3), %n Basissicherungen, %4 zerstörerische Operation(en).</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n gap(s) in the archived WAL (red): targets after a gap need a base backup taken after it.</source>
        <translation><numerusform>%n Lücke im archivierten WAL (rot): Ziele nach einer Lücke brauchen eine danach erstellte Basissicherung.</numerusform><numerusform>%n Lücken im archivierten WAL (rot): Ziele nach einer Lücke brauchen eine danach erstellte Basissicherung.</numerusform></translation>
    </message>
    <message>
        <source>(event index not fully updated: %1)</source>
        <translation>(Ereignisindex nicht ganz aktualisiert: %1)</translation>
    </message>
    <message>
        <source>(relations unknown)</source>
        <translation>(Relationen unbekannt)</translation>
    </message>
    <message>
        <source>&lt;b&gt;Destructive operations&lt;/b&gt;: none found in the archived WAL after the oldest base backup.</source>
        <translation>&lt;b&gt;Zerstörerische Operationen&lt;/b&gt;: keine im archivierten WAL nach der ältesten Basissicherung gefunden.</translation>
    </message>
    <message>
        <source>The target is set below; the recovery plan on the checks page names the base backup used.</source>
        <translation>Das Ziel steht unten; der Wiederherstellungsplan auf der Prüfseite nennt die verwendete Basissicherung.</translation>
    </message>
    <message>
        <source>Nothing picked yet.</source>
        <translation>Noch nichts gewählt.</translation>
    </message>
    <message>
        <source>from base backup %1</source>
        <translation>aus Basissicherung %1</translation>
    </message>
    <message>
        <source>no base backup reaches this time</source>
        <translation>keine Basissicherung reicht bis zu dieser Zeit</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recover up to and including the commit of transaction %1&lt;/b&gt; at %2, %3.</source>
        <translation>&lt;b&gt;Wiederherstellen bis einschließlich des Commits von Transaktion %1&lt;/b&gt; um %2, %3.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recover to just before %1&lt;/b&gt; (transaction %2 at %3), %4.</source>
        <translation>&lt;b&gt;Wiederherstellen bis kurz vor %1&lt;/b&gt; (Transaktion %2 um %3), %4.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recover to %1&lt;/b&gt;: every transaction committed up to then, %2.</source>
        <translation>&lt;b&gt;Wiederherstellen auf %1&lt;/b&gt;: jede bis dahin bestätigte Transaktion, %2.</translation>
    </message>
</context>
<context>
    <name>lifeboat::PruneOperation</name>
    <message>
        <source>Applying the retention policy of job %1</source>
        <translation>Aufbewahrungsregeln von Auftrag %1 werden angewendet</translation>
    </message>
    <message>
        <source>removed backup %1</source>
        <translation>Sicherung %1 entfernt</translation>
    </message>
    <message>
        <source>removed by the retention policy of job %1 (started %2, status %3)</source>
        <translation>von den Aufbewahrungsregeln des Auftrags %1 entfernt (begonnen %2, Status %3)</translation>
    </message>
    <message numerus="yes">
        <source>removed %n archived WAL file(s) older than %1, the start of the oldest kept base backup</source>
        <translation><numerusform>%n archivierte WAL-Datei älter als %1 (Beginn der ältesten behaltenen Basissicherung) entfernt</numerusform><numerusform>%n archivierte WAL-Dateien älter als %1 (Beginn der ältesten behaltenen Basissicherung) entfernt</numerusform></translation>
    </message>
    <message>
        <source>removed backup %1 from repository %2</source>
        <translation>Sicherung %1 aus Repository %2 entfernt</translation>
    </message>
    <message>
        <source>copy in repository %1 removed by the retention policy of job %2</source>
        <translation>Kopie in Repository %1 von den Aufbewahrungsregeln des Auftrags %2 entfernt</translation>
    </message>
</context>
<context>
    <name>lifeboat::RecoveryTargetPage</name>
    <message>
        <source>&amp;Start a scratch PostgreSQL server on the recovered folder, on port</source>
        <translation>Einen Wegwerf-PostgreSQL-Server auf dem wiederhergestellten Ordner &amp;starten, auf Port</translation>
    </message>
    <message>
        <source>Keep archiving on in the copy (only for a copy that replaces production)</source>
        <translation>Archivierung in der Kopie eingeschaltet lassen (nur für eine Kopie, die die Produktion ersetzt)</translation>
    </message>
    <message>
        <source>Where should the recovered cluster go?</source>
        <translation>Wohin soll der wiederhergestellte Cluster?</translation>
    </message>
    <message>
        <source>Recovery never touches the running server: the base backup is laid down into an empty folder and the archived WAL replayed there.</source>
        <translation>Die Wiederherstellung berührt den laufenden Server nie: die Basissicherung wird in einen leeren Ordner ausgelegt und das archivierte WAL dort eingespielt.</translation>
    </message>
    <message>
        <source>An empty or new folder: recovery never mixes with existing files</source>
        <translation>Ein leerer oder neuer Ordner: die Wiederherstellung vermischt sich nie mit vorhandenen Dateien</translation>
    </message>
    <message>
        <source>promote: open it for writes</source>
        <translation>promote: für Schreibzugriffe öffnen</translation>
    </message>
    <message>
        <source>pause: stay read-only to inspect</source>
        <translation>pause: nur lesbar bleiben, um zu prüfen</translation>
    </message>
    <message>
        <source>shutdown: stop at the target</source>
        <translation>shutdown: am Ziel anhalten</translation>
    </message>
    <message>
        <source>Into &amp;folder:</source>
        <translation>In &amp;Ordner:</translation>
    </message>
    <message>
        <source>At the target:</source>
        <translation>Am Ziel:</translation>
    </message>
</context>
<context>
    <name>lifeboat::ReportOperation</name>
    <message>
        <source>report needs one of rto-rpo, inventory or compliance</source>
        <translation>report braucht eines von rto-rpo, inventory oder compliance</translation>
    </message>
    <message>
        <source>report needs --format html, pdf, csv or json</source>
        <translation>report braucht --format html, pdf, csv oder json</translation>
    </message>
    <message>
        <source>report needs --output FILE</source>
        <translation>report braucht --output DATEI</translation>
    </message>
    <message>
        <source>Gathering the %1 report</source>
        <translation>Sammle den %1-Bericht</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreibe %1</translation>
    </message>
    <message>
        <source>%1 report (%2), data SHA-256 %3</source>
        <translation>%1-Bericht (%2), Daten-SHA-256 %3</translation>
    </message>
</context>
<context>
    <name>lifeboat::ReportsPage</name>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>RTO and RPO of drills</source>
        <translation>RTO und RPO der Übungen</translation>
    </message>
    <message>
        <source>Backup inventory</source>
        <translation>Bestand der Sicherungen</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
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
        <translation>Beginn des Zeitraums (Mitternacht UTC); der Zeitraum endet jetzt.</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>Since:</source>
        <translation>Seit:</translation>
    </message>
    <message>
        <source>Export as:</source>
        <translation>Exportieren als:</translation>
    </message>
    <message>
        <source>Open a config to see its reports.</source>
        <translation>Eine Konfiguration öffnen, um ihre Berichte zu sehen.</translation>
    </message>
    <message>
        <source>SHA-256 of the data section: %1</source>
        <translation>SHA-256 des Datenteils: %1</translation>
    </message>
    <message>
        <source> (first %1 of %2 rows; the export has all)</source>
        <translation> (erste %1 von %2 Zeilen; der Export enthält alle)</translation>
    </message>
    <message>
        <source>Export report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
</context>
<context>
    <name>lifeboat::RepositoryCheckOperation</name>
    <message>
        <source>Testing repository %1</source>
        <translation>Teste Repository %1</translation>
    </message>
    <message>
        <source>no job uses repository "%1" yet: point a job's repository or copy_to at it, then test it</source>
        <translation>noch kein Auftrag nutzt Repository „%1“: repository oder copy_to eines Auftrags darauf setzen, dann testen</translation>
    </message>
</context>
<context>
    <name>lifeboat::RestoreOperation</name>
    <message>
        <source>backup %1 is a failed run (%2); choose another backup (see "lifeboat-cli list")</source>
        <translation>Sicherung %1 ist ein fehlgeschlagener Lauf (%2); eine andere Sicherung wählen (siehe „lifeboat-cli list“)</translation>
    </message>
    <message>
        <source>job "%1" of backup %2 is not in the config (add it back with its keys to restore)</source>
        <translation>Auftrag „%1“ der Sicherung %2 steht nicht in der Konfiguration (mit seinen Schlüsseln wieder eintragen, um wiederherzustellen)</translation>
    </message>
    <message>
        <source>%1 already exists (restore to a new file with --to, or pass --overwrite: a safety backup of it is taken first)</source>
        <translation>%1 existiert bereits (mit --to in eine neue Datei wiederherstellen oder --overwrite angeben: zuvor wird sie gesichert)</translation>
    </message>
    <message>
        <source>folder %1 does not exist (create it or choose another --to)</source>
        <translation>Ordner %1 existiert nicht (anlegen oder ein anderes --to wählen)</translation>
    </message>
    <message>
        <source>Checking %1 before restoring</source>
        <translation>%1 wird vor dem Wiederherstellen geprüft</translation>
    </message>
    <message>
        <source>check %1 (done: checksum matches)</source>
        <translation>%1 prüfen (erledigt: Prüfsumme stimmt)</translation>
    </message>
    <message>
        <source>decode into %1.lifeboat.partial, check integrity and row counts</source>
        <translation>nach %1.lifeboat.partial entpacken, Integrität und Zeilenzahlen prüfen</translation>
    </message>
    <message>
        <source>take a safety backup of %1 into repository "%2"</source>
        <translation>%1 vorsorglich ins Repository „%2“ sichern</translation>
    </message>
    <message>
        <source>replace %1 in one rename</source>
        <translation>%1 mit einem Umbenennen ersetzen</translation>
    </message>
    <message>
        <source>rename into %1</source>
        <translation>nach %1 umbenennen</translation>
    </message>
    <message>
        <source>Decoding into %1</source>
        <translation>Entpacken nach %1</translation>
    </message>
    <message>
        <source>Checking the restored database</source>
        <translation>Die wiederhergestellte Datenbank wird geprüft</translation>
    </message>
    <message>
        <source>Taking a safety backup of %1</source>
        <translation>%1 wird vorsorglich gesichert</translation>
    </message>
    <message>
        <source>safety copy before restoring %1</source>
        <translation>Vorsorgekopie vor der Wiederherstellung von %1</translation>
    </message>
    <message>
        <source>the safety backup of %1 failed, so nothing was replaced: %2</source>
        <translation>die Vorsorgesicherung von %1 ist fehlgeschlagen, daher wurde nichts ersetzt: %2</translation>
    </message>
    <message>
        <source>cannot rename into</source>
        <translation>Umbenennen nicht möglich nach</translation>
    </message>
    <message>
        <source>database %1 already exists (restore into a new one with --to NAME, or pass --overwrite: a safety backup of it is taken first)</source>
        <translation>Datenbank %1 existiert bereits (mit --to NAME in eine neue wiederherstellen oder --overwrite angeben: zuvor wird sie gesichert)</translation>
    </message>
    <message>
        <source>database %1 has %2 other session(s) (stop the application, or pass --terminate-connections)</source>
        <translation>Datenbank %1 hat %2 andere Sitzung(en) (die Anwendung anhalten oder --terminate-connections angeben)</translation>
    </message>
    <message>
        <source>check %1 (checksum)</source>
        <translation>%1 prüfen (Prüfsumme)</translation>
    </message>
    <message>
        <source>create database %1 and restore into it, then compare row counts with the backup</source>
        <translation>Datenbank %1 anlegen, hinein wiederherstellen, dann die Zeilenzahlen mit der Sicherung vergleichen</translation>
    </message>
    <message>
        <source>take a safety backup of database %1 into repository "%2"</source>
        <translation>Datenbank %1 vorsorglich ins Repository „%2“ sichern</translation>
    </message>
    <message>
        <source>swap names in one transaction: %1 becomes %2; drop the old database</source>
        <translation>Namen in einer Transaktion tauschen: %1 wird zu %2; die alte Datenbank löschen</translation>
    </message>
    <message>
        <source>Taking a safety backup of database %1</source>
        <translation>Datenbank %1 wird vorsorglich gesichert</translation>
    </message>
    <message>
        <source>the safety backup of database %1 failed, so nothing was replaced: %2</source>
        <translation>die Vorsorgesicherung der Datenbank %1 ist fehlgeschlagen, daher wurde nichts ersetzt: %2</translation>
    </message>
    <message>
        <source>Swapping %1 into place</source>
        <translation>%1 wird an ihren Platz getauscht</translation>
    </message>
    <message>
        <source>could not swap the restored database into place, %1 is unchanged: %2</source>
        <translation>die wiederhergestellte Datenbank ließ sich nicht eintauschen, %1 ist unverändert: %2</translation>
    </message>
    <message>
        <source>--tables, --schema-only, --data-only and --with-globals apply to PostgreSQL backups; %1 is a %2 backup</source>
        <translation>--tables, --schema-only, --data-only und --with-globals gelten für PostgreSQL-Sicherungen; %1 ist eine %2-Sicherung</translation>
    </message>
    <message>
        <source>create the roles and tablespaces stored with the backup (existing ones are kept)</source>
        <translation>die mitgesicherten Rollen und Tablespaces anlegen (vorhandene bleiben)</translation>
    </message>
    <message>
        <source>backup %1 holds no roles and tablespaces (set globals = true in job "%2" for later backups)</source>
        <translation>Sicherung %1 enthält keine Rollen und Tablespaces (globals = true im Auftrag „%2“ für künftige Sicherungen setzen)</translation>
    </message>
    <message>
        <source>--data-only loads rows into an existing database: name it with --to (restore its schema first with --schema-only)</source>
        <translation>--data-only lädt Zeilen in eine vorhandene Datenbank: sie mit --to nennen (ihr Schema vorher mit --schema-only wiederherstellen)</translation>
    </message>
    <message>
        <source>--data-only adds rows to empty tables and replaces nothing: leave out --overwrite</source>
        <translation>--data-only fügt Zeilen in leere Tabellen ein und ersetzt nichts: --overwrite weglassen</translation>
    </message>
    <message>
        <source>load the rows of %1 into database %2 in one transaction, then compare row counts with the backup</source>
        <translation>die Zeilen von %1 in einer Transaktion in die Datenbank %2 laden, dann die Zeilenzahlen mit der Sicherung vergleichen</translation>
    </message>
    <message>
        <source>every table</source>
        <translation>jeder Tabelle</translation>
    </message>
    <message>
        <source>%1 is a base backup: lay it down with "lifeboat-cli pitr %2 --pgdata DIR --immediate" (or another target to replay archived WAL)</source>
        <translation>%1 ist eine Basissicherung: mit „lifeboat-cli pitr %2 --pgdata DIR --immediate“ zurückspielen (oder mit einem anderen Ziel, um archiviertes WAL einzuspielen)</translation>
    </message>
    <message>
        <source>%1 already exists (choose another --to, or pass --overwrite)</source>
        <translation>%1 existiert bereits (ein anderes --to wählen oder --overwrite angeben)</translation>
    </message>
    <message>
        <source>decode %1 into %2</source>
        <translation>%1 nach %2 dekodieren</translation>
    </message>
    <message>
        <source>then import it with "lifeboat-cli import %1 %2 --dry-run"</source>
        <translation>dann mit „lifeboat-cli import %1 %2 --dry-run“ importieren</translation>
    </message>
    <message>
        <source>Decoding %1</source>
        <translation>%1 wird dekodiert</translation>
    </message>
    <message>
        <source>into %1%2: %3</source>
        <translation>nach %1%2: %3</translation>
    </message>
    <message>
        <source> (replaced; safety backup %1)</source>
        <translation> (ersetzt; Sicherheitskopie %1)</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>removed %1, left by an aborted restore</source>
        <translation>%1 entfernt, von einer abgebrochenen Wiederherstellung übrig</translation>
    </message>
    <message>
        <source>another restore into %1 is running (%2 is being written): wait for it to finish</source>
        <translation>eine andere Wiederherstellung nach %1 läuft (%2 wird geschrieben): warten Sie, bis sie fertig ist</translation>
    </message>
    <message>
        <source>%1 already exists (restore into a new folder with --to, or pass --overwrite: a safety backup of it is taken first)</source>
        <translation>%1 existiert bereits (in einen neuen Ordner mit --to wiederherstellen oder --overwrite angeben: vorher wird eine Sicherheitskopie davon erstellt)</translation>
    </message>
    <message>
        <source>%1 is not a folder, so a folder backup cannot replace it (choose another --to)</source>
        <translation>%1 ist kein Ordner, eine Ordnersicherung kann es also nicht ersetzen (ein anderes --to wählen)</translation>
    </message>
    <message>
        <source>unpack %1 files into %2, refusing absolute paths, "..", device files and links leading outside, and check every file against the manifest</source>
        <translation>%1 Dateien nach %2 entpacken, dabei absolute Pfade, „..“, Gerätedateien und hinausführende Links ablehnen, und jede Datei gegen das Manifest prüfen</translation>
    </message>
    <message>
        <source>swap the folders in one rename, then remove the old one</source>
        <translation>die Ordner mit einer Umbenennung tauschen, dann den alten entfernen</translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation>Anlegen nicht möglich:</translation>
    </message>
    <message>
        <source>Unpacking into %1</source>
        <translation>Entpacken nach %1</translation>
    </message>
    <message>
        <source>warning: the replaced folder is at %1; remove it by hand</source>
        <translation>Warnung: der ersetzte Ordner liegt unter %1; von Hand entfernen</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>warning: %1 more attributes could not be restored</source>
        <translation>Warnung: %1 weitere Attribute konnten nicht wiederhergestellt werden</translation>
    </message>
    <message>
        <source>restored %1 files (%2 bytes); every one matched its SHA-256 in the manifest</source>
        <translation>%1 Dateien wiederhergestellt (%2 Bytes); jede stimmte mit ihrem SHA-256 im Manifest überein</translation>
    </message>
    <message>
        <source>backup %1 has kind "%2", which this version of Lifeboat does not know (its sidecar may be damaged: run "lifeboat-cli verify %1")</source>
        <translation>Sicherung %1 hat die Art „%2“, die diese Lifeboat-Version nicht kennt (ihre Sidecar-Datei ist vielleicht beschädigt: „lifeboat-cli verify %1“ ausführen)</translation>
    </message>
</context>
<context>
    <name>lifeboat::RestorePrecheckOperation</name>
    <message>
        <source>Planning the restore</source>
        <translation>Wiederherstellung wird geplant</translation>
    </message>
    <message>
        <source>Recovery plan</source>
        <translation>Wiederherstellungsplan</translation>
    </message>
    <message>
        <source>base backup %1, then WAL up to %2</source>
        <translation>Basissicherung %1, dann WAL bis %2</translation>
    </message>
    <message>
        <source>the latest archived point</source>
        <translation>den neuesten archivierten Punkt</translation>
    </message>
    <message>
        <source>lay down base backup %1 into %2</source>
        <translation>Basissicherung %1 nach %2 auslegen</translation>
    </message>
    <message>
        <source>replay archived WAL: %1</source>
        <translation>archiviertes WAL einspielen: %1</translation>
    </message>
    <message>
        <source>to the latest archived point</source>
        <translation>bis zum neuesten archivierten Punkt</translation>
    </message>
    <message>
        <source>start the recovered server on port %1 and follow the replay</source>
        <translation>den wiederhergestellten Server auf Port %1 starten und das Einspielen verfolgen</translation>
    </message>
    <message>
        <source>Target and connection</source>
        <translation>Ziel und Verbindung</translation>
    </message>
    <message>
        <source>reachable</source>
        <translation>erreichbar</translation>
    </message>
    <message>
        <source>%1 can be restored into</source>
        <translation>%1 kann als Ziel dienen</translation>
    </message>
    <message>
        <source>Backup</source>
        <translation>Sicherung</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>Auftrag</translation>
    </message>
    <message>
        <source>checks cancelled</source>
        <translation>Prüfungen abgebrochen</translation>
    </message>
    <message>
        <source>Decryption key</source>
        <translation>Entschlüsselungsschlüssel</translation>
    </message>
    <message>
        <source>not encrypted</source>
        <translation>nicht verschlüsselt</translation>
    </message>
    <message>
        <source>available for %1</source>
        <translation>vorhanden für %1</translation>
    </message>
    <message>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <source>Checking the checksum of %1</source>
        <translation>Prüfsumme von %1 wird geprüft</translation>
    </message>
    <message>
        <source>%1 (%2) matches its SHA-256</source>
        <translation>%1 (%2) stimmt mit seiner SHA-256 überein</translation>
    </message>
    <message>
        <source>Free space</source>
        <translation>Freier Platz</translation>
    </message>
    <message>
        <source>could not measure the free space at %1</source>
        <translation>freier Platz auf %1 nicht messbar</translation>
    </message>
    <message>
        <source>%1 free at %2 (the backup does not record the size of %3)</source>
        <translation>%1 frei auf %2 (die Sicherung nennt die Größe von %3 nicht)</translation>
    </message>
    <message>
        <source>%1 needs about %2 but only %3 is free at %4 (free space there or choose another place)</source>
        <translation>%1 braucht etwa %2, aber auf %4 sind nur %3 frei (dort Platz schaffen oder einen anderen Ort wählen)</translation>
    </message>
    <message>
        <source>%1 free at %2; %3 needs about %4</source>
        <translation>%1 frei auf %2; %3 braucht etwa %4</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>SQLite %1 wrote it; any SQLite 3 reads it</source>
        <translation>SQLite %1 hat sie geschrieben; jedes SQLite 3 liest sie</translation>
    </message>
    <message>
        <source>the restored file</source>
        <translation>die wiederhergestellte Datei</translation>
    </message>
    <message>
        <source>the backup comes from PostgreSQL %1 but the target server runs %2 (restore into a server of release %1 or newer)</source>
        <translation>die Sicherung stammt von PostgreSQL %1, der Zielserver läuft aber mit %2 (in einen Server der Version %1 oder neuer wiederherstellen)</translation>
    </message>
    <message>
        <source>backup from PostgreSQL %1, target server %2, %3</source>
        <translation>Sicherung von PostgreSQL %1, Zielserver %2, %3</translation>
    </message>
    <message>
        <source>backup from PostgreSQL %1; the target server's release could not be read</source>
        <translation>Sicherung von PostgreSQL %1; die Version des Zielservers war nicht lesbar</translation>
    </message>
    <message>
        <source>measured on the server only; the database held %1 when it was backed up</source>
        <translation>nur auf dem Server messbar; die Datenbank war beim Sichern %1 groß</translation>
    </message>
    <message>
        <source>base backup of PostgreSQL %1; %2 is here</source>
        <translation>Basissicherung von PostgreSQL %1; %2 ist vorhanden</translation>
    </message>
    <message>
        <source>the recovered cluster</source>
        <translation>der wiederhergestellte Cluster</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>port %1 is free for the recovered server</source>
        <translation>Port %1 ist frei für den wiederhergestellten Server</translation>
    </message>
    <message>
        <source>port %1 is in use (choose another port)</source>
        <translation>Port %1 ist belegt (einen anderen Port wählen)</translation>
    </message>
    <message>
        <source>a pax tar archive; Lifeboat, GNU tar and bsdtar read it</source>
        <translation>ein pax-tar-Archiv; Lifeboat, GNU tar und bsdtar lesen es</translation>
    </message>
    <message>
        <source>the restored folder</source>
        <translation>der wiederhergestellte Ordner</translation>
    </message>
</context>
<context>
    <name>lifeboat::RestoreWizard</name>
    <message>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Restore now</source>
        <translation>Jetzt &amp;wiederherstellen</translation>
    </message>
    <message>
        <source>Cancel the restore?</source>
        <translation>Wiederherstellung abbrechen?</translation>
    </message>
    <message>
        <source>The restore is still running. Cancel it? What it created so far is removed; nothing existing is changed.</source>
        <translation>Die Wiederherstellung läuft noch. Abbrechen? Was sie bisher angelegt hat, wird entfernt; nichts Vorhandenes wird geändert.</translation>
    </message>
</context>
<context>
    <name>lifeboat::RunPage</name>
    <message>
        <source>&amp;Cancel the restore</source>
        <translation>Wiederherstellung &amp;abbrechen</translation>
    </message>
    <message>
        <source>Restoring</source>
        <translation>Wiederherstellung</translation>
    </message>
    <message>
        <source>Recovering %1 into %2.</source>
        <translation>%1 wird nach %2 wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restoring %1.</source>
        <translation>%1 wird wiederhergestellt.</translation>
    </message>
    <message>
        <source>Cancelling: the restore stops at the next safe point and removes what it created…</source>
        <translation>Wird abgebrochen: die Wiederherstellung hält am nächsten sicheren Punkt an und entfernt, was sie angelegt hat…</translation>
    </message>
    <message>
        <source>Done in %1 s.</source>
        <translation>Fertig in %1 s.</translation>
    </message>
</context>
<context>
    <name>lifeboat::RunScheduleOperation</name>
    <message>
        <source>Waiting for the next scheduled run at %1</source>
        <translation>Warte auf den nächsten geplanten Lauf um %1</translation>
    </message>
    <message>
        <source>Nothing is scheduled; waiting for a config reload (SIGHUP)</source>
        <translation>Nichts ist geplant; warte auf ein Neuladen der Konfiguration (SIGHUP)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>config not reloaded, the old one stays in force: %1</source>
        <translation>Konfiguration nicht neu geladen, die alte bleibt in Kraft: %1</translation>
    </message>
    <message>
        <source>config reloaded from %1</source>
        <translation>Konfiguration neu geladen aus %1</translation>
    </message>
    <message>
        <source>the run of %1 was not recorded in the catalog: %2</source>
        <translation>der Lauf von %1 wurde nicht im Katalog vermerkt: %2</translation>
    </message>
    <message>
        <source>due at %1 and more than an hour late; missed = "skip" waits for the next scheduled time</source>
        <translation>fällig um %1 und mehr als eine Stunde verspätet; missed = "skip" wartet auf den nächsten geplanten Zeitpunkt</translation>
    </message>
    <message numerus="yes">
        <source>job %1: %n missed run(s) before %2 caught up by this one</source>
        <translation><numerusform>Auftrag %1: %n verpasster Lauf vor %2 wird mit diesem nachgeholt</numerusform><numerusform>Auftrag %1: %n verpasste Läufe vor %2 werden mit diesem nachgeholt</numerusform></translation>
    </message>
    <message>
        <source>Backing up %1 (%2, due %3)</source>
        <translation>Sichere %1 (%2, fällig %3)</translation>
    </message>
    <message>
        <source>backup %1 is stored, but applying the retention policy failed: %2</source>
        <translation>Sicherung %1 ist gespeichert, aber das Anwenden der Aufbewahrungsregeln schlug fehl: %2</translation>
    </message>
    <message>
        <source>Scanning repository %1 against the sidecar checksums</source>
        <translation>Prüfe Repository %1 gegen die Prüfsummen der Metadateien</translation>
    </message>
    <message>
        <source>%1 of %2 backups failed the checksum; first: %3</source>
        <translation>%1 von %2 Sicherungen bestehen die Prüfsumme nicht; zuerst: %3</translation>
    </message>
    <message>
        <source> (nothing was pruned)</source>
        <translation> (nichts wurde gelöscht)</translation>
    </message>
    <message>
        <source>--metrics-listen needs --daemon: a single pass ends before anyone scrapes it (use lifeboat-cli metrics --textfile)</source>
        <translation>--metrics-listen braucht --daemon: ein einzelner Durchlauf endet, bevor jemand abfragt (lifeboat-cli metrics --textfile verwenden)</translation>
    </message>
    <message>
        <source>serving metrics on http://%1/metrics</source>
        <translation>Metriken unter http://%1/metrics</translation>
    </message>
    <message>
        <source>WAL event index of job %1 not updated: %2</source>
        <translation>WAL-Ereignisindex des Auftrags %1 nicht aktualisiert: %2</translation>
    </message>
    <message numerus="yes">
        <source>WAL event index of job %1: %n new segment(s), %2 commits, %3 destructive event(s)</source>
        <translation><numerusform>WAL-Ereignisindex des Auftrags %1: %n neues Segment, %2 Commits, %3 destruktive Ereignisse</numerusform><numerusform>WAL-Ereignisindex des Auftrags %1: %n neue Segmente, %2 Commits, %3 destruktive Ereignisse</numerusform></translation>
    </message>
    <message>
        <source>WAL event index of job %1: %2</source>
        <translation>WAL-Ereignisindex des Auftrags %1: %2</translation>
    </message>
    <message>
        <source>Running drill %1 (%2)</source>
        <translation>Führe Übung %1 aus (%2)</translation>
    </message>
    <message>
        <source>drill %1 failed at %2</source>
        <translation>Übung %1 fehlgeschlagen bei %2</translation>
    </message>
    <message>
        <source>scan of repository %1</source>
        <translation>Prüfung von Repository %1</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1 missed its scheduled time</source>
        <translation>%1 hat seinen geplanten Zeitpunkt verpasst</translation>
    </message>
    <message numerus="yes">
        <source>%1 ran late, catching up %n missed run(s)</source>
        <translation><numerusform>%1 lief verspätet und holte %n verpassten Lauf nach</numerusform><numerusform>%1 lief verspätet und holte %n verpasste Läufe nach</numerusform></translation>
    </message>
    <message>
        <source>%1 found damaged data</source>
        <translation>%1 hat beschädigte Daten gefunden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>repository %1 has %2% free space left</source>
        <translation>Repository %1 hat noch %2 % freien Platz</translation>
    </message>
    <message>
        <source>%1 free of %2 under %3; prune (lifeboat-cli prune --dry-run shows what would go) or add space</source>
        <translation>%1 frei von %2 unter %3; aufräumen (lifeboat-cli prune --dry-run zeigt, was ginge) oder Platz schaffen</translation>
    </message>
    <message>
        <source>another scheduler pass backed %1 up meanwhile (at %2)</source>
        <translation>ein anderer Planerdurchlauf hat %1 inzwischen gesichert (um %2)</translation>
    </message>
</context>
<context>
    <name>lifeboat::SettingsPage</name>
    <message>
        <source>&amp;Test repository</source>
        <translation>Repository &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Re&amp;vert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Catalog</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>The index of every backup. &lt;tt&gt;sqlite://PATH&lt;/tt&gt; on one machine (relative paths are relative to the config file); &lt;tt&gt;postgresql://user@host/db&lt;/tt&gt; for a team sharing one catalog. It can always be rebuilt from the repositories with &lt;tt&gt;lifeboat-cli catalog rebuild&lt;/tt&gt;.</source>
        <translation>Der Index aller Sicherungen. &lt;tt&gt;sqlite://PFAD&lt;/tt&gt; auf einem Rechner (relative Pfade gelten zur Konfigurationsdatei); &lt;tt&gt;postgresql://user@host/db&lt;/tt&gt; für ein Team mit einem gemeinsamen Katalog. Er lässt sich jederzeit mit &lt;tt&gt;lifeboat-cli catalog rebuild&lt;/tt&gt; aus den Repositories neu aufbauen.</translation>
    </message>
    <message>
        <source>Repositories</source>
        <translation>Repositories</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Integrity scan (cron)</source>
        <translation>Integritätsprüfung (cron)</translation>
    </message>
    <message>
        <source>Edit a folder or scan schedule in place. New repositories are added in the config file (&lt;tt&gt;[repositories.NAME]&lt;/tt&gt;).</source>
        <translation>Ordner oder Prüfzeitplan direkt bearbeiten. Neue Repositories werden in der Konfigurationsdatei angelegt (&lt;tt&gt;[repositories.NAME]&lt;/tt&gt;).</translation>
    </message>
    <message>
        <source>Secrets</source>
        <translation>Geheimnisse</translation>
    </message>
    <message>
        <source>Passwords and passphrases are never written into the config, a log, a sidecar or a report. A job names a file that holds one (&lt;tt&gt;password_file&lt;/tt&gt;, &lt;tt&gt;passphrase_file&lt;/tt&gt;; keep it 0600), or PostgreSQL reads &lt;tt&gt;PGPASSWORD&lt;/tt&gt; from the environment; any value may be &lt;tt&gt;${VARIABLE}&lt;/tt&gt;. With public-key encryption (recipients) a database host holds no secret that opens its backups.</source>
        <translation>Passwörter und Passphrasen stehen nie in der Konfiguration, einem Protokoll, einer Metadatei oder einem Bericht. Ein Auftrag nennt eine Datei, die sie enthält (&lt;tt&gt;password_file&lt;/tt&gt;, &lt;tt&gt;passphrase_file&lt;/tt&gt;; mit Rechten 0600), oder PostgreSQL liest &lt;tt&gt;PGPASSWORD&lt;/tt&gt; aus der Umgebung; jeder Wert darf &lt;tt&gt;${VARIABLE}&lt;/tt&gt; sein. Mit Public-Key-Verschlüsselung (recipients) hat ein Datenbankrechner kein Geheimnis, das seine Sicherungen öffnet.</translation>
    </message>
    <message>
        <source>The changes are valid; Save writes them and keeps every other line of the file.</source>
        <translation>Die Änderungen sind gültig; Speichern schreibt sie und behält jede andere Zeile der Datei.</translation>
    </message>
    <message>
        <source>Settings saved to %1.</source>
        <translation>Einstellungen in %1 gespeichert.</translation>
    </message>
    <message>
        <source>Store in the &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund speichern</translation>
    </message>
    <message>
        <source>Save to a &amp;file instead</source>
        <translation>Stattdessen in einer &amp;Datei speichern</translation>
    </message>
    <message>
        <source>the password or passphrase</source>
        <translation>das Passwort oder die Passphrase</translation>
    </message>
    <message>
        <source>PostgreSQL password</source>
        <translation>PostgreSQL-Passwort</translation>
    </message>
    <message>
        <source>Encryption passphrase</source>
        <translation>Passphrase der Verschlüsselung</translation>
    </message>
    <message>
        <source>Writes the secret into a 0600 file beside the config and points the job at it; what cron, timers and the command line use</source>
        <translation>Schreibt das Geheimnis in eine 0600-Datei neben der Konfiguration und verweist den Auftrag darauf; das nutzen Cron, Timer und die Kommandozeile</translation>
    </message>
    <message>
        <source>The desktop app can keep a job's secret in this desktop's keychain (GNOME Keyring, KWallet) instead: the config then only says &lt;tt&gt;secret_store = "keychain"&lt;/tt&gt;. Runs outside the desktop app cannot read the keychain; give those a file. When no keychain service runs, save the secret to a file.</source>
        <translation>Die Desktop-Anwendung kann das Geheimnis eines Auftrags stattdessen im Schlüsselbund dieses Desktops (GNOME Keyring, KWallet) aufbewahren: die Konfiguration sagt dann nur &lt;tt&gt;secret_store = "keychain"&lt;/tt&gt;. Läufe außerhalb der Desktop-Anwendung können den Schlüsselbund nicht lesen; geben Sie ihnen eine Datei. Läuft kein Schlüsselbund-Dienst, speichern Sie das Geheimnis in einer Datei.</translation>
    </message>
    <message>
        <source>The secret of job %1 is in the keychain; the config only says secret_store = "keychain". Cron, timers and the command line cannot read it: give them a file.</source>
        <translation>Das Geheimnis des Auftrags %1 liegt im Schlüsselbund; die Konfiguration sagt nur secret_store = "keychain". Cron, Timer und die Kommandozeile können es nicht lesen: geben Sie ihnen eine Datei.</translation>
    </message>
    <message>
        <source>The secret of job %1 is in %2 (readable by you only); the config names the file, not the secret.</source>
        <translation>Das Geheimnis des Auftrags %1 liegt in %2 (nur für Sie lesbar); die Konfiguration nennt die Datei, nicht das Geheimnis.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default (%1)</source>
        <translation>Systemvorgabe (%1)</translation>
    </message>
    <message>
        <source>The desktop app's language; the command line follows the system locale (LANG).</source>
        <translation>Die Sprache der Desktop-Anwendung; die Kommandozeile folgt der Systemsprache (LANG).</translation>
    </message>
    <message>
        <source>Saved: Lifeboat shows %1 from its next start.</source>
        <translation>Gespeichert: Lifeboat zeigt ab dem nächsten Start %1.</translation>
    </message>
</context>
<context>
    <name>lifeboat::SourcePage</name>
    <message>
        <source>Which backup?</source>
        <translation>Welche Sicherung?</translation>
    </message>
    <message>
        <source>Choose the backup to restore. A base backup of a cluster leads to point-in-time recovery: you then pick the moment.</source>
        <translation>Die wiederherzustellende Sicherung wählen. Eine Basissicherung eines Clusters führt zur Zeitpunkt-Wiederherstellung: dann wählen Sie den Moment.</translation>
    </message>
    <message>
        <source>The catalog holds no successful backup yet.</source>
        <translation>Der Katalog enthält noch keine erfolgreiche Sicherung.</translation>
    </message>
    <message>
        <source>Choose a backup.</source>
        <translation>Eine Sicherung wählen.</translation>
    </message>
    <message>
        <source>Base backup of cluster job %1: next you choose the point in time; Lifeboat uses the newest base backup that ended before it.</source>
        <translation>Basissicherung des Cluster-Auftrags %1: als Nächstes wählen Sie den Zeitpunkt; Lifeboat nimmt die neueste Basissicherung, die davor endete.</translation>
    </message>
    <message>
        <source>Database dump of job %1 (%2): next you choose the target database and what to restore.</source>
        <translation>Datenbank-Dump des Auftrags %1 (%2): als Nächstes wählen Sie die Zieldatenbank und was wiederhergestellt wird.</translation>
    </message>
    <message>
        <source>SQLite backup of job %1 (%2): next you choose the target file.</source>
        <translation>SQLite-Sicherung des Auftrags %1 (%2): als Nächstes wählen Sie die Zieldatei.</translation>
    </message>
    <message>
        <source>Folder backup of job %1 (%2 files, %3): next you choose the target folder.</source>
        <translation>Ordnersicherung des Auftrags %1 (%2 Dateien, %3): als Nächstes wählen Sie den Zielordner.</translation>
    </message>
</context>
<context>
    <name>lifeboat::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>Rows restored (equal to the backup's)</source>
        <translation>Wiederhergestellte Zeilen (gleich denen der Sicherung)</translation>
    </message>
    <message>
        <source>&lt;b&gt;What to do next&lt;/b&gt; (select and copy):</source>
        <translation>&lt;b&gt;Wie es weitergeht&lt;/b&gt; (markieren und kopieren):</translation>
    </message>
    <message>
        <source>Cancelled after %1 s.</source>
        <translation>Nach %1 s abgebrochen.</translation>
    </message>
    <message>
        <source>The restore failed after %1 s.</source>
        <translation>Die Wiederherstellung ist nach %1 s fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Nothing existing was changed; what the restore had created was removed.</source>
        <translation>Nichts Vorhandenes wurde geändert; was die Wiederherstellung angelegt hatte, wurde entfernt.</translation>
    </message>
    <message>
        <source>Fix the cause named above, then run the wizard again.</source>
        <translation>Die oben genannte Ursache beheben, dann den Assistenten erneut ausführen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Recovered in %1 s&lt;/b&gt; from base backup %2 into %3 (laid down in %4 s).</source>
        <translation>&lt;b&gt;In %1 s wiederhergestellt&lt;/b&gt; aus Basissicherung %2 nach %3 (ausgelegt in %4 s).</translation>
    </message>
    <message>
        <source>The server is %1; it reached %2 (LSN %3) after %4 s of replay.</source>
        <translation>Der Server ist %1; er hat %2 (LSN %3) nach %4 s Einspielen erreicht.</translation>
    </message>
    <message>
        <source>Stopped just before: %1</source>
        <translation>Kurz davor angehalten: %1</translation>
    </message>
    <message>
        <source>Connect to the recovered copy:</source>
        <translation>Mit der wiederhergestellten Kopie verbinden:</translation>
    </message>
    <message>
        <source>Copy what was lost back into production (check the production connection first):</source>
        <translation>Das Verlorene zurück in die Produktion kopieren (zuerst die Produktionsverbindung prüfen):</translation>
    </message>
    <message>
        <source>Stop the copy when done (as the postgres user):</source>
        <translation>Die Kopie danach anhalten (als Benutzer postgres):</translation>
    </message>
    <message>
        <source>Start the recovered copy on a free port (as the postgres user):</source>
        <translation>Die wiederhergestellte Kopie auf einem freien Port starten (als Benutzer postgres):</translation>
    </message>
    <message>
        <source>To make it the new production server, stop the old one, point the data directory (or the service) at %1, and take a new base backup.</source>
        <translation>Um sie zum neuen Produktionsserver zu machen: den alten anhalten, das Datenverzeichnis (oder den Dienst) auf %1 zeigen lassen und eine neue Basissicherung erstellen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Restored in %1 s&lt;/b&gt;: backup %2 into %3; the row counts of every table match the backup.</source>
        <translation>&lt;b&gt;In %1 s wiederhergestellt&lt;/b&gt;: Sicherung %2 nach %3; die Zeilenzahlen jeder Tabelle stimmen mit der Sicherung überein.</translation>
    </message>
    <message>
        <source>The previous contents were saved first as backup %1.</source>
        <translation>Der vorherige Inhalt wurde zuvor als Sicherung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Connect to it:</source>
        <translation>Verbinden:</translation>
    </message>
    <message>
        <source>To swap it in for the original (stop the application first), or let Lifeboat do it with a safety backup:</source>
        <translation>Um sie gegen das Original zu tauschen (zuerst die Anwendung anhalten), oder Lifeboat es mit Sicherheitskopie tun lassen:</translation>
    </message>
    <message>
        <source>Open it:</source>
        <translation>Öffnen:</translation>
    </message>
    <message>
        <source>To swap it in: stop the application, then move it over the original (or use lifeboat-cli restore %1 --overwrite).</source>
        <translation>Zum Tauschen: die Anwendung anhalten, dann die Datei über das Original verschieben (oder lifeboat-cli restore %1 --overwrite).</translation>
    </message>
    <message>
        <source>Look at it:</source>
        <translation>Ansehen:</translation>
    </message>
    <message>
        <source>To swap it in for the original (stop the application first), with a safety backup:</source>
        <translation>Um ihn gegen das Original zu tauschen (vorher die Anwendung anhalten), mit Sicherheitskopie:</translation>
    </message>
</context>
<context>
    <name>lifeboat::TargetPage</name>
    <message>
        <source>End other sessions on it when replacing</source>
        <translation>Beim Ersetzen andere Sitzungen darauf beenden</translation>
    </message>
    <message>
        <source>Where should it go?</source>
        <translation>Wohin soll es gehen?</translation>
    </message>
    <message>
        <source>A &amp;new one — nothing existing changes (recommended)</source>
        <translation>Ein &amp;neues — nichts Vorhandenes ändert sich (empfohlen)</translation>
    </message>
    <message>
        <source>&amp;Replace an existing one — a safety backup of it is taken first, and you confirm by typing its name</source>
        <translation>Ein vorhandenes &amp;ersetzen — zuerst wird eine Sicherheitskopie davon angelegt, und Sie bestätigen durch Eintippen seines Namens</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Existing:</source>
        <translation>Vorhanden:</translation>
    </message>
    <message>
        <source>The target is replaced only after the restored copy has been checked and a safety backup of it is stored; the swap is one rename.</source>
        <translation>Das Ziel wird erst ersetzt, wenn die wiederhergestellte Kopie geprüft und eine Sicherheitskopie davon gespeichert ist; der Tausch ist eine Umbenennung.</translation>
    </message>
    <message>
        <source>The backup is restored into a new target, then its row counts are compared with the backup's.</source>
        <translation>Die Sicherung wird in ein neues Ziel wiederhergestellt, dann werden ihre Zeilenzahlen mit denen der Sicherung verglichen.</translation>
    </message>
    <message>
        <source>Restore %1 into a database on the job's server (or type a conninfo for another server).</source>
        <translation>%1 in eine Datenbank auf dem Server des Auftrags wiederherstellen (oder eine Conninfo für einen anderen Server eingeben).</translation>
    </message>
    <message>
        <source>Restore %1 into a SQLite file.</source>
        <translation>%1 in eine SQLite-Datei wiederherstellen.</translation>
    </message>
    <message>
        <source>empty: a new database %1_restored_YYYYMMDD_HHMMSS</source>
        <translation>leer: eine neue Datenbank %1_restored_YYYYMMDD_HHMMSS</translation>
    </message>
    <message>
        <source>empty: a new file beside the job's database</source>
        <translation>leer: eine neue Datei neben der Datenbank des Auftrags</translation>
    </message>
    <message>
        <source>Replace %1?</source>
        <translation>%1 ersetzen?</translation>
    </message>
    <message>
        <source>This replaces %1 with the backup (a safety backup of it is taken first). Type %2 to confirm:</source>
        <translation>Das ersetzt %1 durch die Sicherung (zuerst wird eine Sicherheitskopie davon angelegt). Zum Bestätigen %2 eintippen:</translation>
    </message>
    <message>
        <source>Restore %1 into a folder.</source>
        <translation>%1 in einen Ordner wiederherstellen.</translation>
    </message>
    <message>
        <source>empty: a new folder FOLDER_restored_YYYYMMDD_HHMMSS beside the job's folder</source>
        <translation>leer: ein neuer Ordner ORDNER_restored_JJJJMMTT_HHMMSS neben dem Ordner des Auftrags</translation>
    </message>
</context>
<context>
    <name>lifeboat::VerifyOperation</name>
    <message>
        <source>unknown level "%1" (use checksum, decode, format or restore)</source>
        <translation>unbekannte Stufe „%1“ (checksum, decode, format oder restore verwenden)</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Verifying %1 (%2, %3 of %4)</source>
        <translation>%1 wird geprüft (%2, %3 von %4)</translation>
    </message>
    <message>
        <source>job "%1" is not in the config, so its keys are unknown (add the job back, or verify with --level checksum)</source>
        <translation>Auftrag „%1“ steht nicht in der Konfiguration, seine Schlüssel sind unbekannt (Auftrag wieder eintragen oder mit --level checksum prüfen)</translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed verification</source>
        <translation><numerusform>%n Sicherung hat die Prüfung nicht bestanden</numerusform><numerusform>%n Sicherungen haben die Prüfung nicht bestanden</numerusform></translation>
    </message>
    <message>
        <source>%1 is a base backup: checked at format level; test it whole with "lifeboat-cli pitr %2 --pgdata DIR --immediate --start --port N"</source>
        <translation>%1 ist eine Basissicherung: auf Stufe format geprüft; vollständig testen mit „lifeboat-cli pitr %2 --pgdata DIR --immediate --start --port N“</translation>
    </message>
</context>
<context>
    <name>lifeboat::WalIndexOperation</name>
    <message>
        <source>job "%1" is of kind "%2": WAL events belong to postgresql-cluster jobs</source>
        <translation>Auftrag „%1“ ist von der Art „%2“: WAL-Ereignisse gehören zu postgresql-cluster-Aufträgen</translation>
    </message>
    <message>
        <source>the WAL event index of job %1 is being updated by another process; try again when it finishes</source>
        <translation>der WAL-Ereignisindex von Auftrag %1 wird gerade von einem anderen Prozess aktualisiert; erneut versuchen, wenn er fertig ist</translation>
    </message>
    <message>
        <source>Reading relation names from the server</source>
        <translation>Lese Relationsnamen vom Server</translation>
    </message>
    <message>
        <source>relation names were not refreshed (%1); events are named from earlier snapshots</source>
        <translation>Relationsnamen wurden nicht aufgefrischt (%1); Ereignisse werden nach früheren Schnappschüssen benannt</translation>
    </message>
    <message>
        <source>relation names of database %1 could not be read</source>
        <translation>Relationsnamen der Datenbank %1 konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>the WAL of job %1 is encrypted and the job has no secret key to read it: %2</source>
        <translation>das WAL von Auftrag %1 ist verschlüsselt und der Auftrag hat keinen geheimen Schlüssel zum Lesen: %2</translation>
    </message>
    <message>
        <source>cannot create a temporary folder in %1 to decode WAL into: %2</source>
        <translation>kann in %1 keinen temporären Ordner zum Dekodieren des WAL anlegen: %2</translation>
    </message>
    <message>
        <source>the saved state of open transactions on timeline %1 was unreadable and was dropped</source>
        <translation>der gespeicherte Zustand offener Transaktionen auf Zeitlinie %1 war unlesbar und wurde verworfen</translation>
    </message>
    <message>
        <source>timeline %1: the archive has no segments between %2 and %3; events there are not indexed</source>
        <translation>Zeitlinie %1: das Archiv hat keine Segmente zwischen %2 und %3; Ereignisse dort sind nicht indiziert</translation>
    </message>
    <message>
        <source>%1 is not WAL of a PostgreSQL release Lifeboat knows (page magic %2)</source>
        <translation>%1 ist kein WAL einer PostgreSQL-Version, die Lifeboat kennt (Seiten-Magic %2)</translation>
    </message>
    <message>
        <source>cancelled; the index keeps every stretch stored so far</source>
        <translation>abgebrochen; der Index behält jeden bisher gespeicherten Abschnitt</translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lese %1</translation>
    </message>
    <message>
        <source>pg_waldump</source>
        <translation>pg_waldump</translation>
    </message>
    <message>
        <source>timeline %1: WAL could not be read past %2 (%3); the index goes on with the next segment</source>
        <translation>Zeitlinie %1: WAL konnte nach %2 nicht gelesen werden (%3); der Index macht mit dem nächsten Segment weiter</translation>
    </message>
    <message>
        <source>reading the WAL of job %1 with pg_waldump failed: %2</source>
        <translation>das Lesen des WAL von Auftrag %1 mit pg_waldump ist fehlgeschlagen: %2</translation>
    </message>
</context>
<context>
    <name>pumpFile</name>
    <message>
        <source>cannot open</source>
        <translation>Öffnen nicht möglich:</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation>Lesen nicht möglich:</translation>
    </message>
</context>
<context>
    <name>toml</name>
    <message>
        <source>expected a table</source>
        <translation>Tabelle erwartet</translation>
    </message>
</context>
</TS>