/*
 * Cloud PC Console's AppImage type 2 runtime.
 *
 * An AppImage is this program with a squashfs image appended right after its ELF end (the end of the section
 * header table). Run, it mounts the image read-only with FUSE (squashfuse's low-level operations over libfuse
 * 3) at a private mount point, runs AppRun from there with APPIMAGE, APPDIR, OWD and ARGV0 set, and a
 * detached server process unmounts the image once AppRun and everything it started have let go of it. Without
 * FUSE it can extract the image instead (--appimage-extract, --appimage-extract-and-run,
 * APPIMAGE_EXTRACT_AND_RUN=1). The AppImage specification: github.com/AppImage/AppImageSpec (draft.md, "Type
 * 2 image format").
 */
#define _GNU_SOURCE
/* squashfuse's config.h defines _POSIX_C_SOURCE; included before any system header, glibc's features.h then
   widens it for _GNU_SOURCE without a redefinition. */
#include <squashfuse/ll.h>
#include <squashfuse/squashfuse.h>

#include <elf.h>
#include <errno.h>
#include <fcntl.h>
#include <fnmatch.h>
#include <ftw.h>
#include <limits.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <unistd.h>

#ifndef RUNTIME_VERSION
#define RUNTIME_VERSION "unknown"
#endif

/* Exit status when the payload could not be started at all (as a shell says for a command it cannot run). */
enum { EXIT_CANNOT_RUN = 127 };

/* Update information (AppImage specification: MAY be embedded in .upd_info; empty means none). */
__attribute__((section(".upd_info"), used, retain)) static const char update_information[1024] = {0};

static const char *self_name = "AppImage";

static void fail(const char *format, ...) __attribute__((format(printf, 1, 2)));
static void fail(const char *format, ...)
{
    va_list args;
    va_start(args, format);
    fprintf(stderr, "%s: ", self_name);
    vfprintf(stderr, format, args);
    va_end(args);
    fputc('\n', stderr);
}

/* ---- Where the image starts ---------------------------------------------------------------------------- */

/* The end of the ELF file at `path`: its section header table is the last thing a linker writes. Returns -1
   (and says why) when the file is not an ELF file this runtime understands. */
static off_t elf_end(const char *path)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail("cannot open %s: %s", path, strerror(errno));
        return -1;
    }
    unsigned char ident[EI_NIDENT];
    off_t end = -1;
    if (pread(fd, ident, sizeof ident, 0) != (ssize_t)sizeof ident || memcmp(ident, ELFMAG, SELFMAG) != 0) {
        fail("%s is not an ELF file", path);
    } else if (ident[EI_DATA] != ELFDATA2LSB) {
        fail("%s is not a little-endian ELF file", path);
    } else if (ident[EI_CLASS] == ELFCLASS64) {
        Elf64_Ehdr header;
        if (pread(fd, &header, sizeof header, 0) == (ssize_t)sizeof header)
            end = (off_t)(header.e_shoff + (Elf64_Off)header.e_shentsize * header.e_shnum);
    } else if (ident[EI_CLASS] == ELFCLASS32) {
        Elf32_Ehdr header;
        if (pread(fd, &header, sizeof header, 0) == (ssize_t)sizeof header)
            end = (off_t)(header.e_shoff + (Elf32_Off)header.e_shentsize * header.e_shnum);
    } else {
        fail("%s has an unknown ELF class", path);
    }
    close(fd);
    return end;
}

/* Checks that a squashfs superblock starts at `offset`; says what to do when not. */
static int check_image(const char *path, off_t offset)
{
    int fd = open(path, O_RDONLY | O_CLOEXEC);
    if (fd < 0) {
        fail("cannot open %s: %s", path, strerror(errno));
        return -1;
    }
    struct stat st;
    char magic[4] = {0};
    const int have_stat = fstat(fd, &st) == 0;
    const int ok =
        pread(fd, magic, sizeof magic, offset) == (ssize_t)sizeof magic && memcmp(magic, "hsqs", 4) == 0;
    close(fd);
    if (ok)
        return 0;
    if (have_stat && st.st_size <= offset)
        fail("%s has no filesystem image appended (it is only the AppImage runtime)", path);
    else
        fail("%s is damaged or incomplete: no squashfs image at offset %lld; download it again", path,
             (long long)offset);
    return -1;
}

/* ---- Environment for AppRun ---------------------------------------------------------------------------- */

static void set_payload_environment(const char *appimage, const char *appdir, const char *argv0)
{
    char cwd[PATH_MAX];
    setenv("APPIMAGE", appimage, 1);
    setenv("APPDIR", appdir, 1);
    setenv("ARGV0", argv0, 1);
    if (getcwd(cwd, sizeof cwd))
        setenv("OWD", cwd, 1);
}

/* argv for AppRun: its own path, then every argument the AppImage was given. */
static char **apprun_argv(const char *apprun, int argc, char **argv)
{
    char **args = calloc((size_t)argc + 1, sizeof *args);
    if (!args)
        return NULL;
    args[0] = (char *)apprun;
    for (int i = 1; i < argc; ++i)
        args[i] = argv[i];
    return args;
}

static void explain_exec_failure(const char *apprun, int error)
{
    fail("cannot run %s: %s", apprun, strerror(error));
    if (error == EACCES || error == EPERM)
        fail("if its folder is on a file system mounted noexec, set TMPDIR to a folder where programs may "
             "run");
}

/* ---- Extraction ---------------------------------------------------------------------------------------- */

static int write_all(int fd, const char *data, size_t size)
{
    while (size > 0) {
        ssize_t written = write(fd, data, size);
        if (written < 0) {
            if (errno == EINTR)
                continue;
            return -1;
        }
        data += written;
        size -= (size_t)written;
    }
    return 0;
}

static void explain_write_failure(const char *path, int error)
{
    fail("cannot write %s: %s", path, strerror(error));
    if (error == ENOSPC || error == EDQUOT)
        fail("free some space there, or extract elsewhere (TMPDIR=/a/folder/with/room for "
             "--appimage-extract-and-run, or cd to another folder for --appimage-extract)");
}

/* Makes `path` a directory (an existing directory is kept, anything else there is refused). */
static int make_directory(const char *path, mode_t mode)
{
    if (mkdir(path, mode) == 0)
        return 0;
    struct stat st;
    if (errno == EEXIST && lstat(path, &st) == 0 && S_ISDIR(st.st_mode))
        return 0;
    int error = errno;
    explain_write_failure(path, error);
    return -1;
}

/* Creates every missing directory above `path` (relative paths below the extraction root only). */
static int make_parents(char *path, size_t root_length)
{
    for (char *slash = path + root_length + 1; (slash = strchr(slash, '/')) != NULL; ++slash) {
        *slash = '\0';
        int result = make_directory(path, 0755);
        *slash = '/';
        if (result != 0)
            return -1;
    }
    return 0;
}

/* An image's path must stay below the extraction root: no empty, "." or ".." component. */
static int safe_relative_path(const char *path)
{
    if (path[0] == '\0' || path[0] == '/')
        return 0;
    for (const char *p = path; *p;) {
        size_t length = strcspn(p, "/");
        if (length == 0 || (length == 1 && p[0] == '.') || (length == 2 && p[0] == '.' && p[1] == '.'))
            return 0;
        p += length;
        if (*p == '/')
            ++p;
    }
    return 1;
}

static int extract_file(sqfs *fs, sqfs_inode *inode, const char *target)
{
    if (unlink(target) != 0 && errno != ENOENT) {
        explain_write_failure(target, errno);
        return -1;
    }
    int fd = open(target, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0600);
    if (fd < 0) {
        explain_write_failure(target, errno);
        return -1;
    }
    static char buffer[1 << 17];
    const sqfs_off_t size = (sqfs_off_t)inode->xtra.reg.file_size;
    int result = 0;
    for (sqfs_off_t done = 0; done < size && result == 0;) {
        sqfs_off_t chunk = size - done < (sqfs_off_t)sizeof buffer ? size - done : (sqfs_off_t)sizeof buffer;
        if (sqfs_read_range(fs, inode, done, &chunk, buffer) != SQFS_OK || chunk <= 0) {
            fail("cannot read %s from the image: the AppImage is damaged; download it again", target);
            result = -1;
        } else if (write_all(fd, buffer, (size_t)chunk) != 0) {
            explain_write_failure(target, errno);
            result = -1;
        } else {
            done += chunk;
        }
    }
    if (result == 0 && fchmod(fd, inode->base.mode & 0777) != 0) {
        explain_write_failure(target, errno);
        result = -1;
    }
    if (close(fd) != 0 && result == 0) {
        explain_write_failure(target, errno);
        result = -1;
    }
    return result;
}

static int extract_symlink(sqfs *fs, sqfs_inode *inode, const char *target)
{
    size_t size = 0;
    if (sqfs_readlink(fs, inode, NULL, &size) != SQFS_OK) {
        fail("cannot read the link %s from the image: the AppImage is damaged; download it again", target);
        return -1;
    }
    char *link = malloc(size + 1);
    if (!link) {
        fail("out of memory");
        return -1;
    }
    size += 1;
    int result = 0;
    if (sqfs_readlink(fs, inode, link, &size) != SQFS_OK) {
        fail("cannot read the link %s from the image: the AppImage is damaged; download it again", target);
        result = -1;
    } else if ((unlink(target) != 0 && errno != ENOENT) || symlink(link, target) != 0) {
        explain_write_failure(target, errno);
        result = -1;
    }
    free(link);
    return result;
}

/* Extracts the entries of the image whose path matches `pattern` (fnmatch, a match of a directory takes what
   is below it; NULL: all) into the folder `root`, which is created if missing. */
static int extract(const char *image, off_t offset, const char *root, const char *pattern)
{
    sqfs fs;
    if (sqfs_open_image(&fs, image, (size_t)offset) != SQFS_OK) {
        fail("cannot read the image in %s: the AppImage is damaged or incomplete; download it again", image);
        return -1;
    }
    sqfs_traverse trv;
    if (sqfs_traverse_open(&trv, &fs, sqfs_inode_root(&fs)) != SQFS_OK) {
        fail("cannot read the root folder of the image: the AppImage is damaged; download it again");
        sqfs_destroy(&fs);
        return -1;
    }
    int result = make_directory(root, 0755);
    const size_t root_length = strlen(root);
    sqfs_err err = SQFS_OK;
    while (result == 0 && sqfs_traverse_next(&trv, &err)) {
        if (trv.dir_end)
            continue;
        if (pattern && fnmatch(pattern, trv.path, FNM_LEADING_DIR) != 0)
            continue;
        if (!safe_relative_path(trv.path)) {
            fail("the image holds an unsafe path (%s); not extracting it", trv.path);
            result = -1;
            break;
        }
        sqfs_inode inode;
        if (sqfs_inode_get(&fs, &inode, trv.entry.inode) != SQFS_OK) {
            fail("cannot read %s from the image: the AppImage is damaged; download it again", trv.path);
            result = -1;
            break;
        }
        size_t length = root_length + 1 + strlen(trv.path) + 1;
        char *target = malloc(length);
        if (!target) {
            fail("out of memory");
            result = -1;
            break;
        }
        snprintf(target, length, "%s/%s", root, trv.path);
        result = make_parents(target, root_length);
        if (result == 0) {
            if (S_ISDIR(inode.base.mode))
                result = make_directory(target, (inode.base.mode & 0777) | S_IRWXU);
            else if (S_ISREG(inode.base.mode))
                result = extract_file(&fs, &inode, target);
            else if (S_ISLNK(inode.base.mode))
                result = extract_symlink(&fs, &inode, target);
            /* devices, fifos and sockets are not part of an AppDir: skipped */
        }
        free(target);
    }
    if (result == 0 && err != SQFS_OK) {
        fail("cannot list the image: the AppImage is damaged; download it again");
        result = -1;
    }
    sqfs_traverse_close(&trv);
    sqfs_destroy(&fs);
    return result;
}

static int remove_entry(const char *path, const struct stat *st, int type, struct FTW *ftw)
{
    (void)st;
    (void)ftw;
    if (type == FTW_DP)
        chmod(path, 0700); /* a read-only directory of the image is made writable to empty it */
    return remove(path) == 0 ? 0 : -1;
}

static void remove_tree(const char *path)
{
    nftw(path, remove_entry, 16, FTW_DEPTH | FTW_PHYS);
}

/* ---- Running from an extracted copy -------------------------------------------------------------------- */

static volatile sig_atomic_t payload_pid = 0;

static void forward_signal(int sig)
{
    if (payload_pid > 0)
        kill((pid_t)payload_pid, sig);
}

static const char *temporary_folder(void)
{
    const char *tmp = getenv("TMPDIR");
    return tmp && *tmp ? tmp : "/tmp";
}

static int extract_and_run(const char *image, off_t offset, const char *argv0, int argc, char **argv)
{
    char root[PATH_MAX];
    if (snprintf(root, sizeof root, "%s/appimage_extracted_XXXXXX", temporary_folder()) >= (int)sizeof root ||
        !mkdtemp(root)) {
        fail("cannot create a folder in %s to extract to: %s; set TMPDIR to a writable folder with room",
             temporary_folder(), strerror(errno));
        return EXIT_CANNOT_RUN;
    }
    if (extract(image, offset, root, NULL) != 0) {
        remove_tree(root);
        return EXIT_CANNOT_RUN;
    }
    char apprun[PATH_MAX + 8];
    snprintf(apprun, sizeof apprun, "%s/AppRun", root);
    char **args = apprun_argv(apprun, argc, argv);
    if (!args) {
        remove_tree(root);
        return EXIT_CANNOT_RUN;
    }

    /* AppRun runs as a child so that the copy can be removed after it. Like a shell waiting for a command,
       this process leaves an interrupt from the terminal to the child and passes on a termination request. */
    struct sigaction ignore = {.sa_handler = SIG_IGN}, forward = {.sa_handler = forward_signal};
    sigemptyset(&forward.sa_mask);
    sigemptyset(&ignore.sa_mask);
    struct sigaction old_int, old_quit;
    sigaction(SIGINT, &ignore, &old_int);
    sigaction(SIGQUIT, &ignore, &old_quit);
    sigaction(SIGTERM, &forward, NULL);
    sigaction(SIGHUP, &forward, NULL);
    fflush(NULL);
    pid_t child = fork();
    if (child == 0) {
        sigaction(SIGINT, &old_int, NULL);
        sigaction(SIGQUIT, &old_quit, NULL);
        signal(SIGTERM, SIG_DFL);
        signal(SIGHUP, SIG_DFL);
        set_payload_environment(image, root, argv0);
        execv(apprun, args);
        explain_exec_failure(apprun, errno);
        _exit(EXIT_CANNOT_RUN);
    }
    int status = 0;
    if (child < 0) {
        fail("cannot start a process: %s", strerror(errno));
        status = EXIT_CANNOT_RUN << 8;
    } else {
        payload_pid = child;
        while (waitpid(child, &status, 0) < 0 && errno == EINTR) {
        }
    }
    free(args);
    const char *keep = getenv("APPIMAGE_EXTRACT_AND_RUN_NO_CLEANUP");
    if (!(keep && *keep && strcmp(keep, "0") != 0))
        remove_tree(root);
    if (WIFSIGNALED(status))
        return 128 + WTERMSIG(status);
    return WEXITSTATUS(status);
}

/* ---- Running from a FUSE mount ------------------------------------------------------------------------- */

static volatile sig_atomic_t stop_serving = 0;

static void request_stop(int sig)
{
    (void)sig;
    stop_serving = 1;
}

/* The mount's server: answers FUSE requests until the keep-alive pipe's last writer (AppRun and whatever it
   started, which inherit it) is gone, or a termination request, then unmounts and removes the mount point. */
static void serve(struct fuse_session *session, int keepalive, const char *mountpoint)
{
    struct sigaction stop = {.sa_handler = request_stop};
    sigemptyset(&stop.sa_mask);
    sigaction(SIGTERM, &stop, NULL);
    sigaction(SIGINT, &stop, NULL);
    sigaction(SIGHUP, &stop, NULL);
    struct pollfd fds[2] = {{.fd = fuse_session_fd(session), .events = POLLIN},
                            {.fd = keepalive, .events = POLLIN}};
    struct fuse_buf buffer = {0};
    while (!stop_serving && !fuse_session_exited(session)) {
        if (poll(fds, 2, -1) < 0) {
            if (errno == EINTR)
                continue;
            break;
        }
        if (fds[1].revents) {
            char byte;
            if (read(keepalive, &byte, 1) <= 0)
                break;
        }
        if (fds[0].revents & (POLLERR | POLLHUP | POLLNVAL))
            break;
        if (fds[0].revents & POLLIN) {
            int received = fuse_session_receive_buf(session, &buffer);
            if (received == -EINTR || received == -EAGAIN)
                continue;
            if (received <= 0)
                break;
            fuse_session_process_buf(session, &buffer);
        }
    }
    free(buffer.mem);
    fuse_session_unmount(session);
    fuse_session_destroy(session);
    rmdir(mountpoint);
}

/* What the mount process tells the runtime through the ready pipe. */
enum mount_outcome { MOUNTED = 0, IMAGE_UNREADABLE = 1, MOUNT_FAILED = 2 };

/* In the mount process: mounts the image and, once mounted, reports to `ready` and serves. Never returns. */
static void mount_process(const char *image, off_t offset, const char *mountpoint, int ready, int keepalive)
{
    /* Out of the terminal's process group: a Ctrl+C meant for the application leaves the mount be. */
    setsid();
    /* --appimage-mount blocks its signals to wait for them; the server takes them as they come. */
    sigset_t none;
    sigemptyset(&none);
    sigprocmask(SIG_SETMASK, &none, NULL);
    char outcome = IMAGE_UNREADABLE;
    sqfs_ll *ll = sqfs_ll_open(image, (size_t)offset);
    if (!ll) {
        if (write(ready, &outcome, 1) < 0) {
        }
        _exit(1);
    }
    struct fuse_lowlevel_ops ops;
    memset(&ops, 0, sizeof ops);
    ops.getattr = sqfs_ll_op_getattr;
    ops.opendir = sqfs_ll_op_opendir;
    ops.releasedir = sqfs_ll_op_releasedir;
    ops.readdir = sqfs_ll_op_readdir;
    ops.lookup = sqfs_ll_op_lookup;
    ops.open = sqfs_ll_op_open;
    ops.create = sqfs_ll_op_create;
    ops.release = sqfs_ll_op_release;
    ops.read = sqfs_ll_op_read;
    ops.readlink = sqfs_ll_op_readlink;
    ops.listxattr = sqfs_ll_op_listxattr;
    ops.getxattr = sqfs_ll_op_getxattr;
    ops.forget = sqfs_ll_op_forget;
    ops.statfs = stfs_ll_op_statfs;

    char *fuse_argv[] = {(char *)self_name, "-o", "ro,nodev,nosuid,fsname=appimage,subtype=appimage", NULL};
    struct fuse_args args = FUSE_ARGS_INIT(3, fuse_argv);
    struct fuse_session *session = fuse_session_new(&args, &ops, sizeof ops, ll);
    outcome = MOUNT_FAILED;
    if (!session || fuse_session_mount(session, mountpoint) != 0) {
        if (write(ready, &outcome, 1) < 0) {
        }
        _exit(1);
    }
    outcome = MOUNTED;
    if (write(ready, &outcome, 1) < 0) {
    }
    close(ready);
    /* Nothing more to say on the caller's terminal or pipes, which must not wait for this process. */
    int null = open("/dev/null", O_RDWR);
    if (null >= 0) {
        dup2(null, STDIN_FILENO);
        dup2(null, STDOUT_FILENO);
        dup2(null, STDERR_FILENO);
        if (null > STDERR_FILENO)
            close(null);
    }
    if (chdir("/") != 0) {
    }
    serve(session, keepalive, mountpoint);
    _exit(0);
}

static int executable_in_path(const char *name)
{
    const char *path = getenv("PATH");
    char candidate[PATH_MAX];
    const char *dirs[] = {"/usr/bin", "/bin", "/usr/local/bin", NULL};
    for (int i = 0; dirs[i]; ++i) {
        snprintf(candidate, sizeof candidate, "%s/%s", dirs[i], name);
        if (access(candidate, X_OK) == 0)
            return 1;
    }
    for (const char *p = path; p && *p;) {
        size_t length = strcspn(p, ":");
        if (length > 0 && length < sizeof candidate - strlen(name) - 2) {
            snprintf(candidate, sizeof candidate, "%.*s/%s", (int)length, p, name);
            if (access(candidate, X_OK) == 0)
                return 1;
        }
        p += length;
        if (*p == ':')
            ++p;
    }
    return 0;
}

static void explain_mount_failure(const char *appimage)
{
    if (access("/dev/fuse", R_OK | W_OK) != 0)
        fail("cannot mount the AppImage: /dev/fuse is missing or not usable (%s).", strerror(errno));
    else if (geteuid() != 0 && !executable_in_path("fusermount3"))
        fail("cannot mount the AppImage: fusermount3 (FUSE 3) is not installed.");
    else
        fail("cannot mount the AppImage with FUSE (see the message above).");
    fprintf(
        stderr,
        "To run it, either\n"
        "  - install FUSE 3 (Debian, Ubuntu: sudo apt install fuse3; Fedora: sudo dnf install fuse3), or\n"
        "  - run it without FUSE, from a copy extracted to $TMPDIR (or /tmp) and removed after:\n"
        "      APPIMAGE_EXTRACT_AND_RUN=1 \"%s\"   (or \"%s\" --appimage-extract-and-run)\n"
        "  - or extract it once with \"%s\" --appimage-extract and run ./squashfs-root/AppRun\n",
        appimage, appimage, appimage);
}

/* Mounts the image at a new folder below $TMPDIR. On success returns 0, fills `mountpoint` and leaves
   `*keepalive` as the write end that keeps the mount alive for as long as a process holds it open. */
static int mount_image(const char *image, off_t offset, const char *appimage, char *mountpoint, size_t size,
                       int *keepalive)
{
    const char *base = strrchr(appimage, '/');
    base = base ? base + 1 : appimage;
    char prefix[7] = {0};
    for (size_t i = 0; i < 6 && base[i]; ++i)
        prefix[i] = (base[i] == '/' || base[i] == ' ') ? '_' : base[i];
    if (snprintf(mountpoint, size, "%s/.mount_%sXXXXXX", temporary_folder(), prefix) >= (int)size ||
        !mkdtemp(mountpoint)) {
        fail("cannot create a mount point in %s: %s; set TMPDIR to a writable folder", temporary_folder(),
             strerror(errno));
        return -1;
    }
    int ready[2], alive[2];
    if (pipe2(ready, O_CLOEXEC) != 0 || pipe2(alive, O_CLOEXEC) != 0) {
        fail("cannot create a pipe: %s", strerror(errno));
        rmdir(mountpoint);
        return -1;
    }
    fflush(NULL);
    pid_t child = fork();
    if (child == 0) {
        close(ready[0]);
        close(alive[1]);
        /* A second fork: the server is nobody's child but init's, so AppRun never sees it exit. */
        pid_t server = fork();
        if (server == 0)
            mount_process(image, offset, mountpoint, ready[1], alive[0]);
        _exit(server < 0 ? 1 : 0);
    }
    close(ready[1]);
    close(alive[0]);
    if (child > 0) {
        while (waitpid(child, NULL, 0) < 0 && errno == EINTR) {
        }
    }
    char outcome = MOUNT_FAILED;
    ssize_t got;
    while ((got = read(ready[0], &outcome, 1)) < 0 && errno == EINTR) {
    }
    close(ready[0]);
    if (child < 0 || got != 1 || outcome != MOUNTED) {
        close(alive[1]);
        rmdir(mountpoint);
        if (child < 0)
            fail("cannot start a process: %s", strerror(errno));
        else if (got == 1 && outcome == IMAGE_UNREADABLE)
            fail("the AppImage is damaged or incomplete (its image cannot be read); download it again");
        else
            explain_mount_failure(appimage);
        return -1;
    }
    /* AppRun and its children inherit the write end (not close-on-exec). */
    int flags = fcntl(alive[1], F_GETFD);
    fcntl(alive[1], F_SETFD, flags & ~FD_CLOEXEC);
    *keepalive = alive[1];
    return 0;
}

static int mount_and_run(const char *image, off_t offset, const char *appimage, const char *argv0, int argc,
                         char **argv)
{
    char mountpoint[PATH_MAX];
    int keepalive = -1;
    if (mount_image(image, offset, appimage, mountpoint, sizeof mountpoint, &keepalive) != 0)
        return EXIT_CANNOT_RUN;
    char apprun[PATH_MAX + 8];
    snprintf(apprun, sizeof apprun, "%s/AppRun", mountpoint);
    char **args = apprun_argv(apprun, argc, argv);
    if (!args)
        return EXIT_CANNOT_RUN;
    set_payload_environment(appimage, mountpoint, argv0);
    /* This process becomes AppRun: same process id, signals and exit status as the application. */
    execv(apprun, args);
    explain_exec_failure(apprun, errno);
    return EXIT_CANNOT_RUN;
}

/* --appimage-mount: mounts, prints the mount point and keeps it until interrupted. */
static int mount_and_wait(const char *image, off_t offset, const char *appimage)
{
    char mountpoint[PATH_MAX];
    int keepalive = -1;
    sigset_t wait_for;
    sigemptyset(&wait_for);
    sigaddset(&wait_for, SIGINT);
    sigaddset(&wait_for, SIGTERM);
    sigaddset(&wait_for, SIGHUP);
    sigprocmask(SIG_BLOCK, &wait_for, NULL);
    if (mount_image(image, offset, appimage, mountpoint, sizeof mountpoint, &keepalive) != 0)
        return EXIT_CANNOT_RUN;
    printf("%s\n", mountpoint);
    fflush(stdout);
    int sig = 0;
    sigwait(&wait_for, &sig);
    close(keepalive); /* the server unmounts once the last holder is gone */
    return 0;
}

/* ---- Entry -----------------------------------------------------------------------------------------------
 */

static void print_help(const char *appimage)
{
    printf(
        "Usage: %s [ARGUMENTS...]\n"
        "Runs the application in this AppImage. Its own options:\n"
        "  --appimage-extract [PATTERN]  extract the image (or the paths matching PATTERN, a shell pattern) "
        "into\n"
        "                                ./squashfs-root\n"
        "  --appimage-extract-and-run    run from a copy extracted to $TMPDIR (removed after), without "
        "FUSE;\n"
        "                                the same as APPIMAGE_EXTRACT_AND_RUN=1\n"
        "  --appimage-mount              mount the image, print the mount point, keep it until interrupted\n"
        "  --appimage-offset             print the offset of the image in this file\n"
        "  --appimage-version            print the runtime's version\n"
        "  --appimage-help               print this help\n"
        "The application sees APPIMAGE (this file), APPDIR (the mounted image), OWD (the working directory)\n"
        "and ARGV0 (the name it was started by).\n",
        appimage);
}

int main(int argc, char **argv)
{
    char self[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", self, sizeof self - 1);
    if (length <= 0) {
        fail("cannot find this program's own file (/proc/self/exe): %s; is /proc mounted?", strerror(errno));
        return EXIT_CANNOT_RUN;
    }
    self[length] = '\0';
    const char *base = strrchr(self, '/');
    self_name = base ? base + 1 : self;

    /* TARGET_APPIMAGE: use the image of another AppImage with this runtime (AppImage specification). */
    const char *image = self;
    char target[PATH_MAX];
    const char *target_env = getenv("TARGET_APPIMAGE");
    if (target_env && *target_env) {
        if (!realpath(target_env, target)) {
            fail("TARGET_APPIMAGE=%s: %s", target_env, strerror(errno));
            return EXIT_CANNOT_RUN;
        }
        image = target;
    }
    const char *argv0 = argc > 0 ? argv[0] : self;

    const off_t offset = elf_end(image);
    if (offset < 0)
        return EXIT_CANNOT_RUN;

    const char *option = argc > 1 ? argv[1] : "";
    if (strncmp(option, "--appimage-", 11) == 0) {
        if (strcmp(option, "--appimage-help") == 0) {
            print_help(argv0);
            return 0;
        }
        if (strcmp(option, "--appimage-version") == 0) {
            printf("Cloud PC Console AppImage runtime %s (type 2; squashfuse, libfuse %d.%d)\n",
                   RUNTIME_VERSION, FUSE_MAJOR_VERSION, FUSE_MINOR_VERSION);
            return 0;
        }
        if (strcmp(option, "--appimage-offset") == 0) {
            printf("%lld\n", (long long)offset);
            return 0;
        }
        if (check_image(image, offset) != 0)
            return EXIT_CANNOT_RUN;
        if (strcmp(option, "--appimage-extract") == 0) {
            if (argc > 3) {
                fail("--appimage-extract takes one pattern at most");
                return 2;
            }
            if (extract(image, offset, "squashfs-root", argc > 2 ? argv[2] : NULL) != 0)
                return 1;
            return 0;
        }
        if (strcmp(option, "--appimage-extract-and-run") == 0) {
            /* The option is the runtime's: AppRun gets the arguments after it. */
            argv[1] = argv[0];
            return extract_and_run(image, offset, argv0, argc - 1, argv + 1);
        }
        if (strcmp(option, "--appimage-mount") == 0)
            return mount_and_wait(image, offset, image);
        fail("unknown option %s; see --appimage-help", option);
        return 2;
    }

    if (check_image(image, offset) != 0)
        return EXIT_CANNOT_RUN;
    const char *extract_env = getenv("APPIMAGE_EXTRACT_AND_RUN");
    if (extract_env && strcmp(extract_env, "1") == 0)
        return extract_and_run(image, offset, argv0, argc, argv);
    return mount_and_run(image, offset, image, argv0, argc, argv);
}
