#include "IntakePNG.h"

#include <png.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

static int fail(char *error, const char *what, const char *message) {
    snprintf(error, 200, "%s%s%s", what, message && *message ? ": " : "", message ? message : "");
    return -1;
}

int intake_png_decode(const unsigned char *data, size_t size, long max_pixels, intake_png_image *out) {
    memset(out, 0, sizeof *out);
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    if (!png_image_begin_read_from_memory(&image, data, size)) {
        int status = fail(out->error, "png header", image.message);
        png_image_free(&image);
        return status;
    }
    if (image.width == 0 || image.height == 0 || (double)image.width * (double)image.height > (double)max_pixels) {
        snprintf(out->error, 200, "%ux%u pixels, over the %ld decoded", image.width, image.height, max_pixels);
        png_image_free(&image);
        return -1;
    }
    int has_alpha = (image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
    image.format = PNG_FORMAT_RGBA;
    // A 16-bit file without gAMA, sRGB or iCCP is sRGB, as the 8-bit ones are (libpng would
    // take it as linear and lighten it: a grey background could pass as white).
    image.flags |= PNG_IMAGE_FLAG_16BIT_sRGB;
    size_t bytes = (size_t)image.width * image.height * 4;
    unsigned char *rgba = malloc(bytes);
    if (!rgba) {
        png_image_free(&image);
        return fail(out->error, "out of memory", NULL);
    }
    if (!png_image_finish_read(&image, NULL, rgba, 0, NULL)) {
        int status = fail(out->error, "png data", image.message);
        free(rgba);
        png_image_free(&image);
        return status;
    }
    out->width = (int)image.width;
    out->height = (int)image.height;
    out->rgba = rgba;
    out->opaque = 1;
    if (has_alpha) {
        for (size_t i = 3; i < bytes; i += 4) {
            if (rgba[i] != 255) {
                out->opaque = 0;
                break;
            }
        }
    }
    // A warning libpng gave (a damaged ancillary chunk, say) is not a failure: the pixels
    // were read whole, or finish_read would have failed.
    return 0;
}

void intake_png_free(intake_png_image *image) {
    free(image->rgba);
    image->rgba = NULL;
}

int intake_png_encode(const unsigned char *pixels, int width, int height, int channels, unsigned char **out,
                      size_t *out_size, char error[200]) {
    *out = NULL;
    *out_size = 0;
    png_image image;
    memset(&image, 0, sizeof image);
    image.version = PNG_IMAGE_VERSION;
    image.width = (png_uint_32)width;
    image.height = (png_uint_32)height;
    switch (channels) {
    case 1: image.format = PNG_FORMAT_GRAY; break;
    case 3: image.format = PNG_FORMAT_RGB; break;
    case 4: image.format = PNG_FORMAT_RGBA; break;
    default: return fail(error, "channels must be 1, 3 or 4", NULL);
    }
    size_t size = 0;
    if (!png_image_write_to_memory(&image, NULL, &size, 0, pixels, 0, NULL)) {
        int status = fail(error, "png size", image.message);
        png_image_free(&image);
        return status;
    }
    unsigned char *buffer = malloc(size);
    if (!buffer) return fail(error, "out of memory", NULL);
    if (!png_image_write_to_memory(&image, buffer, &size, 0, pixels, 0, NULL)) {
        int status = fail(error, "png write", image.message);
        free(buffer);
        png_image_free(&image);
        return status;
    }
    *out = buffer;
    *out_size = size;
    return 0;
}

void intake_png_free_bytes(unsigned char *bytes) { free(bytes); }
