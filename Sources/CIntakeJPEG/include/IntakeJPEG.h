#ifndef INTAKE_JPEG_H
#define INTAKE_JPEG_H

#include <stddef.h>

// libjpeg (libjpeg-turbo) behind two calls, because its errors longjmp and Swift frames
// must not be jumped over: a JPEG decoded small for its colours, and (for tests and
// sample bundles) RGB pixels encoded as a JPEG. Both return 0 on success; on failure,
// -1 with libjpeg's message in `error`.

typedef struct {
    int width;             // of the decoded (scaled) image
    int height;
    int source_width;      // as the file's frame header gives them
    int source_height;
    unsigned char *rgb;    // width * height * 3 bytes, malloc'd: intake_jpeg_free
    char error[200];
} intake_jpeg_image;

// Decodes `data` to 8-bit RGB, scaled by libjpeg's DCT scaling (1/1, 1/2, 1/4 or 1/8:
// the smallest whose long side still has at least `min_long_side` pixels), refusing
// an output of more than `max_pixels` pixels, a progressive file of more than 500
// scans (a decoding-time bomb) and one whose decoding needs more than `max_memory` bytes
// of libjpeg's memory (a progressive file holds all its coefficients) or more than
// `max_seconds` (wall clock, checked every row of blocks; 0: no limit). Grey files come
// out as RGB; CMYK files fail. -2 (not -1) when the file's image data is damaged: rows or
// blocks missing or garbled (libjpeg's warnings; it would fill them with grey).
int intake_jpeg_decode_small(const unsigned char *data, size_t size, int min_long_side, long max_pixels,
                             long max_memory, double max_seconds, intake_jpeg_image *out);
void intake_jpeg_free(intake_jpeg_image *image);

// Encodes `width` x `height` RGB pixels (3 bytes each, rows top first) at `quality`
// (1-100); `grey` != 0 stores one grey channel (the pixels' luminance), `progressive` != 0
// writes a progressive file. `*out` is malloc'd (free it with intake_jpeg_free_bytes).
int intake_jpeg_encode(const unsigned char *rgb, int width, int height, int quality, int grey, int progressive,
                       unsigned char **out, size_t *out_size, char error[200]);
void intake_jpeg_free_bytes(unsigned char *bytes);

#endif
