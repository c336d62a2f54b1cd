<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ArtifactVerifier</name>
    <message>
        <source>backup %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>size is %1 bytes, the sidecar says %2: the file is truncated or altered (use another backup or a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 mismatch: the stored bytes were altered or damaged (use another backup or a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256 of the stored bytes does not match the sidecar (use another backup or a copy)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decoded content does not match its SHA-256 in the sidecar (use another backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level format is not available for %1 backups in this build (use checksum or decode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 rows, expected %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row counts differ from the backup&apos;s record: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>The job to back up, as named in the config.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A label stored with the backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TEXT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin the backup: retention never removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup takes exactly one JOB (see lifeboat-cli backup --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 to %2 in repository &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  %1 from %2 in %3 s, verification: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up a job now; --json prints the backup&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupMetadata</name>
    <message>
        <source>sidecar %1 is not valid JSON: %2 (restore it from a copy or remove the backup)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar %1 is not a Lifeboat backup record (format &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sidecar %1 lacks id, job, artifact or started_at</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupOperation</name>
    <message>
        <source>verify = &quot;%1&quot; needs secret_keys to decode; checked the checksum only</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupSource</name>
    <message>
        <source>job &quot;%1&quot;: kind &quot;%2&quot; cannot be backed up by this build yet (supported: sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Catalog</name>
    <message>
        <source>cannot open catalog %1: %2 (check the path in [catalog] url)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open catalog on PostgreSQL %1: %2 (check [catalog] url and that the server runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog url must start with sqlite:// or postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog query failed: %1 (run &quot;lifeboat-cli catalog rebuild&quot; if the catalog is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog %1 cannot be used: %2 (move it away and run &quot;lifeboat-cli catalog rebuild&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no backup with id &quot;%1&quot; in the catalog (see &quot;lifeboat-cli list&quot;; run &quot;catalog rebuild&quot; if it is in a repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start a catalog transaction: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot commit the rebuilt catalog: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CatalogCommand</name>
    <message>
        <source>Recreate the catalog from the repositories&apos; sidecars.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: lifeboat-cli catalog rebuild</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Catalog rebuilt: %n backup(s) from repositories %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>catalog rebuild: recreate the catalog from all configured repositories.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CliRunner</name>
    <message>
        <source>Config file (default: $LIFEBOAT_CONFIG, $XDG_CONFIG_HOME/lifeboat/lifeboat.toml, /etc/lifeboat/lifeboat.toml).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON document on stdout.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print errors only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print error details and, with --json, progress events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: lifeboat-cli [--config FILE] [--json] [--quiet|--verbose] COMMAND ...

Backs up, verifies and restores databases; keeps a catalog of every backup.

Commands:
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Run &quot;lifeboat-cli COMMAND --help&quot; for a command&apos;s options.
Exit codes: 0 ok, 1 failed, 2 usage or config error, 3 integrity failure, 4 busy, 130 cancelled.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot; (see lifeboat-cli --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConfigLoader</name>
    <message>
        <source>unknown key (remove it; see docs/configuration.md)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown key (did you mean &quot;%1&quot;?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a string in quotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be between %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a list of strings, e.g. [&quot;a&quot;, &quot;b&quot;]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>environment variable %1 is not set (set it or write the value)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a duration such as &quot;30d&quot; (units h, d, w, m, y)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be custom, directory or plain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be none, checksum, decode, format or restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be none or openpgp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>openpgp needs recipients (public key files) or passphrase_file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (name one of the [repositories.*] tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository named &quot;%1&quot; (define [repositories.%1])</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (a %1 job needs the path to back up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (e.g. &quot;host=db1 dbname=app user=backup&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be local or s3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing (the folder that holds the backups)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an s3 repository needs endpoint and bucket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown time zone &quot;%1&quot; (use an IANA name such as &quot;Europe/Berlin&quot; or &quot;UTC&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must start with sqlite:// or postgresql://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job names use letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2: %3 (fix the TOML syntax)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>config file %1 does not exist (pass --config FILE or set LIFEBOAT_CONFIG)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read config file %1: %2 (check its permissions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected zstd[:level], gzip[:level] or none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;none&quot; takes no level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd level must be 1 to 19</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip level must be 1 to 9</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Create the demo workspace if it is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the demo workspace (its backups too) and create it anew.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usage: lifeboat-cli demo init [--reset]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>demo init: create the bundled demo workspace and print its config path.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileOps</name>
    <message>
        <source>%1 %2: disk full (%3 free in %4; free space or choose another repository)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (check the path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (check permissions and that the folder is writable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: it already exists (choose another name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create folder</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileSink</name>
    <message>
        <source>cannot create</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot close</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>GzipDecompressor</name>
    <message>
        <source>gzip data is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip data is corrupt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gzip data is truncated: the stream ends inside a member</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JobSupport</name>
    <message>
        <source>no job named &quot;%1&quot; in %2 (jobs: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no repository named &quot;%1&quot; in %2 (define [repositories.%1])</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ListCommand</name>
    <message>
        <source>Only backups of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list takes no arguments (use --job JOB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet. Run &quot;lifeboat-cli backup JOB&quot; (jobs: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STARTED (UTC)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TIME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VERIFIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LABEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> [kept forever]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List backups in the catalog, newest first.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalRepository</name>
    <message>
        <source>cannot open lock file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is busy: another run (pid %2) holds its lock (wait for it to finish)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 already exists in repository &quot;%2&quot; (wait a second and run again)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>repository &quot;%1&quot; not found at %2 (check its path, or mount it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>artifact %1 is missing from repository &quot;%2&quot; (restore it from a copy or choose another backup)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPgpKeyring</name>
    <message>
        <source>key file %1 does not exist (check %2 in the job)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read key file %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an OpenPGP key file (export one with gpg --armor --export%2 KEYID)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot initialise librnp (reinstall the librnp0 package)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>key file %1 holds no key that can encrypt (use a key with an encryption subkey)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OpenPgpStage</name>
    <message>
        <source>OpenPGP encryption failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase: the backup cannot be decrypted with it (check passphrase_file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the backup is encrypted but no secret_keys or passphrase_file is configured (add the key that can decrypt it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>wrong passphrase or not a password-encrypted backup (check passphrase_file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none of the configured secret_keys can decrypt this backup (add the secret key of a recipient)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenPGP data is corrupt or truncated (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OpenPGP data is not encrypted (refusing plain OpenPGP data)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the OpenPGP data has no valid integrity protection (mode %1; refusing it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>OpenPGP data continues after the end of the message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Repository</name>
    <message>
        <source>repository &quot;%1&quot;: type &quot;%2&quot; is not supported by this build yet (use type = &quot;local&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RestoreCommand</name>
    <message>
        <source>The backup to restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target: a file path for SQLite. Default: a new file beside the job&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace an existing target; a safety backup of it is taken first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the backup and print the plan; change nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restore takes exactly one backup ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan for restoring %1 (dry run, nothing changed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  the previous file was saved first as backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup into a new target (or --overwrite, after a safety backup).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SecretFile</name>
    <message>
        <source>%1 %2 does not exist (create it with mode 0600)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1 %2: %3 (check its owner and mode)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 is empty (write the passphrase into it)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShowCommand</name>
    <message>
        <source>The backup id, as &quot;list&quot; prints it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>show takes exactly one backup ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one backup&apos;s metadata.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteBackupSource</name>
    <message>
        <source>SQLite database %1 does not exist (check the job&apos;s path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copying %1 with the SQLite online backup API</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compressing, encrypting and storing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteConnection</name>
    <message>
        <source>SQLite database %1 does not exist (check the job&apos;s path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open SQLite database %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a usable SQLite database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed the integrity check: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SqliteSnapshot</name>
    <message>
        <source>%1 is not a readable SQLite database: %2 (check the job&apos;s path)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot start the SQLite backup of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite backup of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the copy of %1 failed its integrity check, so it was not stored: %2 (run PRAGMA integrity_check on the source)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>VerifyCommand</name>
    <message>
        <source>Backup ids to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every backup of this job.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JOB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify every backup in the catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checksum (stored bytes), decode (decrypt and decompress), format (check the decoded database), restore (test restore). Default: the job&apos;s verify setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LEVEL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name backup IDs, or --job JOB, or --all (one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED  %1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify backups; exits 3 if any fails.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ZstdDecompressor</name>
    <message>
        <source>zstd data is corrupt: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>zstd data is truncated: the stream ends inside a frame</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::BackupOperation</name>
    <message>
        <source>removed %1, left by an aborted run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 is stored but the catalog was not updated: %2 (run &quot;lifeboat-cli catalog rebuild&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>backup %1 was written but failed verification: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::CatalogModel</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>passed (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 [kept forever]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
artifact: %2
repository: %3
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Label</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::CatalogRebuildOperation</name>
    <message>
        <source>Reading repository &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>catalog left unchanged: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the catalog could not be opened; moved it to %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::MainWindow</name>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifeboat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The job that &quot;Back up now&quot; runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Job:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Backups&lt;/b&gt; — newest first; the repository sidecars are the truth, this is their catalog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No usable config</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Config: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) in the catalog</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Backing up %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backed up %1 (%2) — verification %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) verified: all passed.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>lifeboat::Operation</name>
    <message>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::OperationPanel</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::RestoreOperation</name>
    <message>
        <source>backup %1 is a failed run (%2); choose another backup (see &quot;lifeboat-cli list&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; of backup %2 is not in the config (add it back with its keys to restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring %1 backups is not available in this build yet (sqlite only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists (restore to a new file with --to, or pass --overwrite: a safety backup of it is taken first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder %1 does not exist (create it or choose another --to)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking %1 before restoring</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>check %1 (done: checksum matches)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decode into %1.lifeboat.partial, check integrity and row counts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>take a safety backup of %1 into repository &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replace %1 in one rename</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rename into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoding into %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the restored database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taking a safety backup of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safety copy before restoring %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the safety backup of %1 failed, so nothing was replaced: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot rename into</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>lifeboat::VerifyOperation</name>
    <message>
        <source>unknown level &quot;%1&quot; (use checksum, decode, format or restore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying %1 (%2, %3 of %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>job &quot;%1&quot; is not in the config, so its keys are unknown (add the job back, or verify with --level checksum)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n backup(s) failed verification</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pumpFile</name>
    <message>
        <source>cannot open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>toml</name>
    <message>
        <source>expected a table</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
