#ifndef AGENDAPACK_SHA256_H
#define AGENDAPACK_SHA256_H
// SHA-256 of a file (batch manifests record it), read in blocks so a large file is never
// held whole. A C interface, so Swift needs no C++ interop.
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the lower-case hex digest of the file at `path` into `hex` (64 digits and a NUL)
/// and its size into `bytes`: 0, or -1 when the file cannot be read.
int agendapack_sha256_file(const char *path, char hex[65], uint64_t *bytes);

#ifdef __cplusplus
}
#endif
#endif
