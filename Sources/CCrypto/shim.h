// SHA-256 from the system's libcrypto, through its low-level functions (deprecated in
// OpenSSL 3 in favour of EVP, and kept): they need none of the provider machinery, so
// the static library brings only the digest and its CPU-specific code (SHA-NI, AVX2).
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
