#ifndef INTAKE_PNG_H
#define INTAKE_PNG_H

#include <stddef.h>

// libpng's simplified API (png_image, 1.6) behind two calls: a PNG decoded to 8-bit RGBA
// for its colours, and (for tests and sample bundles) RGBA pixels encoded as a PNG. libpng
// catches its own errors (png_safe_execute): no jump crosses these functions. Both return
// 0 on success; on failure, -1 with libpng's message in `error`.

typedef struct {
    int width;
    int height;
    unsigned char *rgba;   // width * height * 4 bytes, sRGB, rows top first, malloc'd: intake_png_free
    int opaque;            // every pixel's alpha is 255 (a file without transparency: always)
    char error[200];
} intake_png_image;

// Decodes `data` (a whole PNG file) to 8-bit sRGB with alpha: grey, palette and 16-bit
// files converted by libpng, interlaced files de-interlaced. Refuses an image of more than
// `max_pixels` pixels before anything is allocated for it.
int intake_png_decode(const unsigned char *data, size_t size, long max_pixels, intake_png_image *out);
void intake_png_free(intake_png_image *image);

// Encodes `width` x `height` pixels of `channels` bytes each (1 grey, 3 RGB, 4 RGBA), rows
// top first, as an 8-bit PNG of that colour type. `*out` is malloc'd (intake_png_free_bytes).
int intake_png_encode(const unsigned char *pixels, int width, int height, int channels, unsigned char **out,
                      size_t *out_size, char error[200]);
void intake_png_free_bytes(unsigned char *bytes);

#endif
