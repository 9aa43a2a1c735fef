#ifndef QUOTH_CZLIB_SHIM_H
#define QUOTH_CZLIB_SHIM_H

#include <zlib.h>

// inflateInit2 is a macro; Swift cannot call it.
static inline int quoth_inflate_init_gzip(z_stream *stream) {
  return inflateInit2(stream, 15 + 32);
}

#endif
