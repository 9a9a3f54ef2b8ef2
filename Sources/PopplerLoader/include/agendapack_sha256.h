#ifndef AGENDAPACK_SHA256_H
#define AGENDAPACK_SHA256_H
// SHA-256 of a file (pack sources and batch manifests record it), read in blocks so a
// large file is never held whole; with the processor's SHA extensions where it has them. A C interface, so Swift needs no C++ interop.
#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Writes the lower-case hex digest of the file at `path` into `hex` (64 digits and a NUL)
/// and its size into `bytes`: 0, or -1 when the file cannot be read.
int agendapack_sha256_file(const char *path, char hex[65], uint64_t *bytes);

/// The lower-case hex digest of `length` bytes at `data`, with the processor's SHA
/// extensions where it has them (x86-64 SHA-NI, as `agendapack_sha256_file`) or, with
/// `portable` non-zero, the portable code: for tests that hold the two to each other.
void agendapack_sha256_data(const void *data, size_t length, int portable, char hex[65]);

#ifdef __cplusplus
}
#endif
#endif
