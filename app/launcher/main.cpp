// lifeboat-cli: a small front that starts in about a millisecond. PostgreSQL runs
// archive_command once per 16 MiB of WAL, and most of those calls under load only need to learn
// that an earlier call already pushed their segment ahead (WalPusher): this front answers that
// from a marker the earlier call left and exits. Every other call — and any doubt — goes to
// lifeboat-cli-full (exec, same arguments), which links Qt, libpq, librnp and the rest and
// takes ~40 ms just to start. While the resident helper (WalPushHelper) runs for this pg_wal,
// job and config, the front waits for the helper's marker instead: the helper has usually
// streamed and encoded the segment before the server asks. No Qt here on purpose; the marker
// and helper.lock formats are WalPushMarker's.
#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <limits.h>
#include <sstream>
#include <string>
#include <poll.h>
#include <sys/file.h>
#include <sys/inotify.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>
#include <vector>

namespace {

std::string dirOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? std::string(".") : path.substr(0, slash);
}

std::string baseOf(const std::string &path)
{
    const auto slash = path.rfind('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

std::string hex(const std::string &s)
{
    static const char digits[] = "0123456789abcdef";
    std::string out;
    for (unsigned char c : s) {
        out += digits[c >> 4];
        out += digits[c & 15];
    }
    return out.empty() ? std::string("-") : out;
}

struct PushCall
{
    std::string job, path, config;
};

// "wal-push JOB PATH" with no option that changes the output: the calls the front may answer.
bool parsePushCall(int argc, char **argv, PushCall *call)
{
    call->config = std::getenv("LIFEBOAT_CONFIG") ? std::getenv("LIFEBOAT_CONFIG") : "";
    std::vector<std::string> words;
    for (int i = 1; i < argc; ++i) {
        const std::string a = argv[i];
        if (a == "--config" && i + 1 < argc) {
            call->config = argv[++i];
            continue;
        }
        if (a.rfind("--config=", 0) == 0) {
            call->config = a.substr(9);
            continue;
        }
        if (!a.empty() && a[0] == '-')
            return false; // --json, --verbose, --help...: the full program answers
        words.push_back(a);
    }
    if (words.size() != 3 || words[0] != "wal-push")
        return false;
    call->job = words[1];
    call->path = words[2];
    return true;
}

// The marker says this very file (same inode, size and modification time) is archived for this
// job and config, and the archived object is still there.
bool alreadyPushed(const PushCall &call)
{
    std::ifstream marker(dirOf(call.path) + "/lifeboat-pushed/" + baseOf(call.path));
    std::string line;
    if (!marker || !std::getline(marker, line))
        return false;
    // v1 <size> <mtime ns> <inode> <job> <config> <object path>   (job and config hex-encoded)
    std::istringstream in(line);
    std::string version, jobHex, configHex, object;
    long long size = 0, mtime = 0;
    unsigned long long inode = 0;
    if (!(in >> version >> size >> mtime >> inode >> jobHex >> configHex) || version != "v1")
        return false;
    std::getline(in >> std::ws, object);
    if (jobHex != hex(call.job) || configHex != hex(call.config) || object.empty())
        return false;
    struct stat st {};
    if (::stat(call.path.c_str(), &st) != 0 || st.st_size != size || (long long)st.st_mtim.tv_sec * 1000000000LL + st.st_mtim.tv_nsec != mtime
        || st.st_ino != inode)
        return false;
    struct stat stored {};
    return ::stat(object.c_str(), &stored) == 0;
}

bool lockHeld(int fd)
{
    if (::flock(fd, LOCK_SH | LOCK_NB) == 0) {
        ::flock(fd, LOCK_UN);
        return false;
    }
    return errno == EWOULDBLOCK;
}

long long nowMs()
{
    timespec t {};
    ::clock_gettime(CLOCK_MONOTONIC, &t);
    return (long long)t.tv_sec * 1000 + t.tv_nsec / 1000000;
}

// While the resident helper for this pg_wal, job and config holds its lock, wait for its marker
// (it pushes every .ready file). False when there is no such helper, it stopped (it stops at its
// first failure, which the full program then reports), or a minute passed.
bool pushedByHelper(const PushCall &call)
{
    const std::string folder = dirOf(call.path) + "/lifeboat-pushed";
    const int lock = ::open((folder + "/helper.lock").c_str(), O_RDONLY | O_CLOEXEC);
    if (lock < 0)
        return false;
    char buffer[512] = {};
    const ssize_t n = ::pread(lock, buffer, sizeof buffer - 1, 0);
    std::istringstream in(std::string(buffer, n > 0 ? size_t(n) : 0));
    std::string version, pid, jobHex, configHex;
    bool waited = false;
    if ((in >> version >> pid >> jobHex >> configHex) && version == "v1" && jobHex == hex(call.job) && configHex == hex(call.config)
        && lockHeld(lock)) {
        const int watch = ::inotify_init1(IN_CLOEXEC | IN_NONBLOCK);
        if (watch >= 0)
            ::inotify_add_watch(watch, folder.c_str(), IN_MOVED_TO | IN_CLOSE_WRITE);
        const long long deadline = nowMs() + 60000;
        while (nowMs() < deadline) {
            if (alreadyPushed(call)) {
                waited = true;
                break;
            }
            if (!lockHeld(lock))
                break;
            pollfd fd{watch, POLLIN, 0};
            if (::poll(&fd, watch >= 0 ? 1 : 0, 20) > 0) {
                char events[4096];
                while (::read(watch, events, sizeof events) > 0) {
                }
            }
        }
        if (watch >= 0)
            ::close(watch);
    }
    ::close(lock);
    return waited;
}

} // namespace

int main(int argc, char **argv)
{
    PushCall call;
    if (parsePushCall(argc, argv, &call) && (alreadyPushed(call) || pushedByHelper(call)))
        return 0;
    char self[PATH_MAX] = {};
    const ssize_t n = ::readlink("/proc/self/exe", self, sizeof self - 1);
    const std::string full = (n > 0 ? dirOf(std::string(self, size_t(n))) : std::string(".")) + "/lifeboat-cli-full";
    ::execv(full.c_str(), argv);
    std::fprintf(stderr, "error: cannot start %s: %s (reinstall Lifeboat: lifeboat-cli and lifeboat-cli-full belong together)\n",
                 full.c_str(), std::strerror(errno));
    return 1;
}
