// SHA-256 (FIPS 180-4) of a file, for the digests of pack sources and batch manifests. See
// agendapack_sha256.h.
#include "agendapack_sha256.h"

#include <cstdio>
#include <cstring>

#if defined(__x86_64__)
#include <cpuid.h>
#include <immintrin.h>
#endif

namespace {

const uint32_t K[64] = {
    0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5, 0xd807aa98, 0x12835b01, 0x243185be,
    0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174, 0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa,
    0x5cb0a9dc, 0x76f988da, 0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967, 0x27b70a85,
    0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85, 0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3,
    0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070, 0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f,
    0x682e6ff3, 0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2};

inline uint32_t rotr(uint32_t x, int n) { return (x >> n) | (x << (32 - n)); }

#if defined(__x86_64__)
// The SHA extensions (SHA-NI: sha256rnds2, sha256msg1, sha256msg2) where the processor has
// them, about six times the portable code's speed; the arrangement of Intel's reference.
bool hasSHAExtensions() {
    unsigned a, b, c, d;
    if (!__get_cpuid(1, &a, &b, &c, &d)) return false;
    const bool ssse3 = (c & (1u << 9)) != 0, sse41 = (c & (1u << 19)) != 0;
    if (!__get_cpuid_count(7, 0, &a, &b, &c, &d)) return false;
    return ssse3 && sse41 && (b & (1u << 29)) != 0;
}

__attribute__((target("sha,sse4.1,ssse3"))) void compressWithExtensions(uint32_t h[8], const unsigned char *p, size_t blocks) {
    const __m128i byteSwap = _mm_set_epi64x(0x0c0d0e0f08090a0bULL, 0x0405060700010203ULL);
    __m128i tmp = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&h[0]));
    __m128i state1 = _mm_loadu_si128(reinterpret_cast<const __m128i *>(&h[4]));
    tmp = _mm_shuffle_epi32(tmp, 0xB1);           // CDAB
    state1 = _mm_shuffle_epi32(state1, 0x1B);     // EFGH
    __m128i state0 = _mm_alignr_epi8(tmp, state1, 8);  // ABEF
    state1 = _mm_blend_epi16(state1, tmp, 0xF0);  // CDGH
    for (; blocks > 0; --blocks, p += 64) {
        const __m128i saved0 = state0, saved1 = state1;
        __m128i w[4];
        // Sixteen groups of four rounds; unrolled, the message words stay in registers.
#if defined(__clang__)
#pragma clang loop unroll(full)
#endif
        for (int g = 0; g < 16; ++g) {
            __m128i &current = w[g % 4];
            if (g < 4) current = _mm_shuffle_epi8(_mm_loadu_si128(reinterpret_cast<const __m128i *>(p + 16 * g)), byteSwap);
            __m128i message = _mm_add_epi32(current, _mm_loadu_si128(reinterpret_cast<const __m128i *>(&K[4 * g])));
            state1 = _mm_sha256rnds2_epu32(state1, state0, message);
            if (g >= 3 && g <= 14) {
                __m128i &next = w[(g + 1) % 4];
                next = _mm_add_epi32(next, _mm_alignr_epi8(current, w[(g + 3) % 4], 4));
                next = _mm_sha256msg2_epu32(next, current);
            }
            message = _mm_shuffle_epi32(message, 0x0E);
            state0 = _mm_sha256rnds2_epu32(state0, state1, message);
            if (g >= 1 && g <= 12) {
                __m128i &previous = w[(g + 3) % 4];
                previous = _mm_sha256msg1_epu32(previous, current);
            }
        }
        state0 = _mm_add_epi32(state0, saved0);
        state1 = _mm_add_epi32(state1, saved1);
    }
    tmp = _mm_shuffle_epi32(state0, 0x1B);        // FEBA
    state1 = _mm_shuffle_epi32(state1, 0xB1);     // DCHG
    state0 = _mm_blend_epi16(tmp, state1, 0xF0);  // DCBA
    state1 = _mm_alignr_epi8(state1, tmp, 8);     // ABEF
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&h[0]), state0);
    _mm_storeu_si128(reinterpret_cast<__m128i *>(&h[4]), state1);
}

#endif

// Whether the SHA extensions are used (asked once, on first use).
bool extensionsAvailable() {
#if defined(__x86_64__)
    static const bool available = hasSHAExtensions();
    return available;
#else
    return false;
#endif
}

struct Hasher {
    bool extensions = extensionsAvailable();
    uint32_t h[8] = {0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19};
    unsigned char block[64];
    size_t used = 0;
    uint64_t length = 0;

    void compress(const unsigned char *p, size_t blocks = 1) {
#if defined(__x86_64__)
        if (extensions) {
            compressWithExtensions(h, p, blocks);
            return;
        }
#endif
        for (; blocks > 0; --blocks, p += 64) compressPortable(p);
    }

    void compressPortable(const unsigned char *p) {
        uint32_t w[64];
        for (int i = 0; i < 16; ++i) w[i] = uint32_t(p[4 * i]) << 24 | uint32_t(p[4 * i + 1]) << 16 | uint32_t(p[4 * i + 2]) << 8 | p[4 * i + 3];
        for (int i = 16; i < 64; ++i) {
            const uint32_t s0 = rotr(w[i - 15], 7) ^ rotr(w[i - 15], 18) ^ (w[i - 15] >> 3);
            const uint32_t s1 = rotr(w[i - 2], 17) ^ rotr(w[i - 2], 19) ^ (w[i - 2] >> 10);
            w[i] = w[i - 16] + s0 + w[i - 7] + s1;
        }
        uint32_t a = h[0], b = h[1], c = h[2], d = h[3], e = h[4], f = h[5], g = h[6], k = h[7];
        for (int i = 0; i < 64; ++i) {
            const uint32_t t1 = k + (rotr(e, 6) ^ rotr(e, 11) ^ rotr(e, 25)) + ((e & f) ^ (~e & g)) + K[i] + w[i];
            const uint32_t t2 = (rotr(a, 2) ^ rotr(a, 13) ^ rotr(a, 22)) + ((a & b) ^ (a & c) ^ (b & c));
            k = g;
            g = f;
            f = e;
            e = d + t1;
            d = c;
            c = b;
            b = a;
            a = t1 + t2;
        }
        h[0] += a; h[1] += b; h[2] += c; h[3] += d; h[4] += e; h[5] += f; h[6] += g; h[7] += k;
    }

    void update(const unsigned char *p, size_t n) {
        length += n;
        if (used > 0) {
            const size_t take = n < 64 - used ? n : 64 - used;
            std::memcpy(block + used, p, take);
            used += take;
            p += take;
            n -= take;
            if (used < 64) return;
            compress(block);
            used = 0;
        }
        if (n >= 64) {
            compress(p, n / 64);
            p += n / 64 * 64;
            n %= 64;
        }
        std::memcpy(block, p, n);
        used = n;
    }

    void finish(unsigned char out[32]) {
        const uint64_t bits = length * 8;
        const unsigned char one = 0x80, zero = 0;
        update(&one, 1);
        while (used != 56) update(&zero, 1);
        unsigned char size[8];
        for (int i = 0; i < 8; ++i) size[i] = static_cast<unsigned char>(bits >> (56 - 8 * i));
        update(size, 8);
        for (int i = 0; i < 8; ++i) {
            out[4 * i] = static_cast<unsigned char>(h[i] >> 24);
            out[4 * i + 1] = static_cast<unsigned char>(h[i] >> 16);
            out[4 * i + 2] = static_cast<unsigned char>(h[i] >> 8);
            out[4 * i + 3] = static_cast<unsigned char>(h[i]);
        }
    }
};

void writeHex(const unsigned char digest[32], char hex[65]) {
    static const char digits[] = "0123456789abcdef";
    for (int i = 0; i < 32; ++i) {
        hex[2 * i] = digits[digest[i] >> 4];
        hex[2 * i + 1] = digits[digest[i] & 15];
    }
    hex[64] = 0;
}

}  // namespace

extern "C" int agendapack_sha256_file(const char *path, char hex[65], uint64_t *bytes) {
    if (path == nullptr || hex == nullptr) return -1;
    FILE *file = std::fopen(path, "rb");
    if (file == nullptr) return -1;
    Hasher hasher;
    static thread_local unsigned char buffer[1 << 16];
    size_t n;
    while ((n = std::fread(buffer, 1, sizeof buffer, file)) > 0) hasher.update(buffer, n);
    // A read error ends the input, as the end of the file does (a directory reads as empty).
    std::fclose(file);
    const uint64_t length = hasher.length;
    unsigned char digest[32];
    hasher.finish(digest);
    writeHex(digest, hex);
    if (bytes != nullptr) *bytes = length;
    return 0;
}

extern "C" void agendapack_sha256_data(const void *data, size_t length, int portable, char hex[65]) {
    Hasher hasher;
    if (portable != 0) hasher.extensions = false;
    if (length > 0) hasher.update(static_cast<const unsigned char *>(data), length);
    unsigned char digest[32];
    hasher.finish(digest);
    writeHex(digest, hex);
}
