#ifndef ONRECORD_CZLIB_SHIM_H
#define ONRECORD_CZLIB_SHIM_H
#include <zlib.h>

// inflateInit2 is a macro; Swift needs a function.
static inline int onrecord_inflateInit2(z_stream *stream, int windowBits) {
  return inflateInit2(stream, windowBits);
}
#endif
