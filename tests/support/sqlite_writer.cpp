// Test helper: a second process that keeps writing to an SQLite database, one row per
// transaction with strictly increasing ids, until it is killed. Prints "ready" after the first
// commit so the test knows writes are under way.
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <sqlite3.h>
#include <thread>

int main(int argc, char **argv)
{
    if (argc < 3) {
        std::fprintf(stderr, "usage: sqlite_writer DB FIRST_ID\n");
        return 2;
    }
    sqlite3 *db = nullptr;
    if (sqlite3_open(argv[1], &db) != SQLITE_OK)
        return 1;
    sqlite3_busy_timeout(db, 60000);
    sqlite3_stmt *stmt = nullptr;
    sqlite3_prepare_v2(db, "INSERT INTO items(id, payload) VALUES (?, hex(randomblob(200)))", -1, &stmt, nullptr);
    for (long long id = std::atoll(argv[2]);; ++id) {
        sqlite3_bind_int64(stmt, 1, id);
        if (sqlite3_step(stmt) != SQLITE_DONE) {
            std::fprintf(stderr, "insert %lld failed: %s\n", id, sqlite3_errmsg(db));
            return 1;
        }
        sqlite3_reset(stmt);
        if (id == std::atoll(argv[2])) {
            std::printf("ready\n");
            std::fflush(stdout);
        }
        std::this_thread::sleep_for(std::chrono::microseconds(200));
    }
}
