// Loads the poppler library (the PopplerVector target, built as the product
// libAgendaPackPoppler) on first use, so that a process of `agendapack` maps poppler and its
// dependencies only when a command reads a PDF. Where it looks, in order:
//   1. $AGENDAPACK_POPPLER_LIBRARY, when set (a path; nothing else is tried);
//   2. beside the executable (the build folder, or an install's bin/);
//   3. ../lib/ from the executable (an install's lib/);
//   4. the dynamic loader's own search (LD_LIBRARY_PATH, the system's folders).
#define _GNU_SOURCE 1
#include "agendapack_vector.h"
#include <dlfcn.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#ifdef __APPLE__
#include <mach-o/dyld.h>
#define AGENDAPACK_POPPLER_FILE "libAgendaPackPoppler.dylib"
#else
#define AGENDAPACK_POPPLER_FILE "libAgendaPackPoppler.so"
#endif

static pthread_once_t once = PTHREAD_ONCE_INIT;
static const AgendaPackPoppler *table = NULL;
static char failure[1024];

// The folder of the running executable ("" when it cannot be told).
static void executableFolder(char *folder, size_t size) {
    folder[0] = 0;
#ifdef __APPLE__
    char path[PATH_MAX];
    uint32_t length = sizeof path;
    if (_NSGetExecutablePath(path, &length) != 0) return;
    char resolved[PATH_MAX];
    if (realpath(path, resolved) == NULL) return;
#else
    char resolved[PATH_MAX];
    ssize_t length = readlink("/proc/self/exe", resolved, sizeof resolved - 1);
    if (length <= 0) return;
    resolved[length] = 0;
#endif
    char *slash = strrchr(resolved, '/');
    if (slash == NULL) return;
    *slash = 0;
    snprintf(folder, size, "%s", resolved);
}

// Opens `path` and takes its table: 1, or 0 with why in `failure` (kept from the first try).
static int take(const char *path, int first) {
    void *handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
    if (handle == NULL) {
        if (first) snprintf(failure, sizeof failure, "%s", dlerror());
        return 0;
    }
    AgendaPackPopplerEntry entry = (AgendaPackPopplerEntry)dlsym(handle, AGENDAPACK_POPPLER_ENTRY);
    const AgendaPackPoppler *found = entry != NULL ? entry() : NULL;
    if (found == NULL || found->interface != AGENDAPACK_POPPLER_INTERFACE) {
        snprintf(failure, sizeof failure, "%s is not this version's PDF reader (interface %d, wanted %d)", path,
                 found != NULL ? found->interface : -1, AGENDAPACK_POPPLER_INTERFACE);
        dlclose(handle);
        return -1;
    }
    table = found;
    return 1;
}

static void load(void) {
    const char *chosen = getenv("AGENDAPACK_POPPLER_LIBRARY");
    if (chosen != NULL && chosen[0] != 0) {
        take(chosen, 1);
        return;
    }
    char folder[PATH_MAX];
    executableFolder(folder, sizeof folder);
    char path[PATH_MAX + 64];
    int first = 1;
    if (folder[0] != 0) {
        snprintf(path, sizeof path, "%s/%s", folder, AGENDAPACK_POPPLER_FILE);
        int result = take(path, first);
        if (result != 0) return;
        first = 0;
        snprintf(path, sizeof path, "%s/../lib/%s", folder, AGENDAPACK_POPPLER_FILE);
        if (take(path, 0) != 0) return;
    }
    take(AGENDAPACK_POPPLER_FILE, first);
}

int agendapack_poppler_load(const char **message) {
    pthread_once(&once, load);
    if (table != NULL) return 0;
    static char worded[sizeof failure + 160];
    snprintf(worded, sizeof worded, "cannot load the PDF reader %s (built beside the agendapack executable): %s",
             AGENDAPACK_POPPLER_FILE, failure);
    if (message != NULL) *message = worded;
    return -1;
}

const AgendaPackPoppler *agendapack_poppler(void) {
    const char *message = NULL;
    if (agendapack_poppler_load(&message) != 0) {
        fprintf(stderr, "agendapack: %s\n", message);
        exit(70);
    }
    return table;
}
