# Shared by ops/backup and ops/restore (sourced, not run).

# Rows counted in the manifest and checked after a restore.
COUNTED_TABLES="account member organization lesson_completion course_completion completion_confirmation quiz_attempt editorial_item revision article media"

# jdbc:mariadb://HOST[:PORT]/DATABASE[?…] → DB_HOST, DB_PORT, DB_NAME
parse_jdbc_url() {
  local rest="${1#jdbc:}"
  case "$rest" in
    mariadb://*|mysql://*) rest="${rest#*://}" ;;
    # primary and replicas (README, "Scale-out"): back up and restore through the primary, the first host
    mariadb:replication://*) rest="${rest#*://}" ;;
    *) die "not a MariaDB JDBC URL (jdbc:mariadb://HOST[:PORT]/DATABASE): $1" ;;
  esac
  rest="${rest%%\?*}"
  local hostport="${rest%%/*}"
  hostport="${hostport%%,*}"
  DB_NAME="${rest#*/}"
  [ "$DB_NAME" != "$rest" ] && [ -n "$DB_NAME" ] || die "the URL names no database: $1"
  case "$DB_NAME" in *[!A-Za-z0-9_]*) die "unexpected database name (letters, digits, _): $DB_NAME" ;; esac
  DB_HOST="${hostport%%:*}"
  DB_PORT=3306
  [ "$hostport" = "$DB_HOST" ] || DB_PORT="${hostport#*:}"
  [ -n "$DB_HOST" ] || die "the URL names no host: $1"
}

find_clients() {
  MARIADB="$(command -v mariadb || command -v mysql || true)"
  MARIADUMP="$(command -v mariadb-dump || command -v mysqldump || true)"
  [ -n "$MARIADB" ] || die "the MariaDB client 'mariadb' is not on PATH (Debian: apt-get install mariadb-client)"
  [ -n "$MARIADUMP" ] || die "'mariadb-dump' is not on PATH (Debian: apt-get install mariadb-client)"
}

# The password goes to a file only the current user can read, never onto a command line.
write_defaults_file() {
  local file="$1" user="$2" password="$3"
  (umask 077
   {
     echo "[client]"
     echo "host=$DB_HOST"
     echo "port=$DB_PORT"
     echo "protocol=tcp"
     echo "user=$user"
     if [ -n "$password" ]; then
       printf 'password="%s"\n' "$(printf '%s' "$password" | sed 's/\\/\\\\/g; s/"/\\"/g')"
     fi
     echo "default-character-set=utf8mb4"
   } >"$file")
}
