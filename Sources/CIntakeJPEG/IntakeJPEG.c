#include "IntakeJPEG.h"

#include <setjmp.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include <jpeglib.h>
#include <jerror.h>

// libjpeg's error manager, extended with the place to jump back to.
typedef struct {
    struct jpeg_error_mgr base;
    jmp_buf back;
    char *message;  // 200 bytes
    double deadline;  // CLOCK_MONOTONIC seconds; 0: none
    long damaged;  // warnings that mean pixels were not read (see note_warning)
} guarded_errors;

static double monotonic_seconds(void) {
    struct timespec t;
    clock_gettime(CLOCK_MONOTONIC, &t);
    return (double)t.tv_sec + (double)t.tv_nsec / 1e9;
}

static void jump_back(j_common_ptr cinfo) {
    guarded_errors *e = (guarded_errors *)cinfo->err;
    char text[JMSG_LENGTH_MAX];
    cinfo->err->format_message(cinfo, text);
    snprintf(e->message, 200, "%s", text);
    longjmp(e->back, 1);
}

// Warnings are not printed. Those that mean image data was missing, garbled or skipped (the
// data ended, a marker cut a scan short, a bad Huffman or arithmetic code, the decoder
// resynchronised, scans out of order or inconsistent, or bytes skipped inside the image data
// before its last row) are counted, and the first kept: libjpeg
// fills what it could not read with grey, which a measure of the colours would take for the
// picture, so intake_jpeg_decode_small fails such a decoding. Others (unknown JFIF revision,
// bytes before a marker in the headers or after the last row, Adobe transform) leave the
// pixels whole: a phone's or editor's photo with them is still measured.
static void note_warning(j_common_ptr cinfo, int level) {
    guarded_errors *e = (guarded_errors *)cinfo->err;
    if (level >= 0) return;  // trace messages
    cinfo->err->num_warnings++;
    int code = cinfo->err->msg_code;
    int damaging = code == JWRN_JPEG_EOF || code == JWRN_HIT_MARKER || code == JWRN_MUST_RESYNC
        || code == JWRN_NOT_SEQUENTIAL || code == JWRN_HUFF_BAD_CODE || code == JWRN_ARITH_BAD_CODE
        || code == JWRN_BOGUS_PROGRESSION;
    if (code == JWRN_EXTRANEOUS_DATA && cinfo->is_decompressor) {
        j_decompress_ptr d = (j_decompress_ptr)cinfo;
        damaging = d->output_height > 0 && d->output_scanline < d->output_height;
    }
    if (!damaging) return;
    e->damaged++;
    if (e->message != NULL && e->message[0] == 0) {
        char text[JMSG_LENGTH_MAX];
        cinfo->err->format_message(cinfo, text);
        snprintf(e->message, 200, "%s", text);
    }
}

static void quiet(j_common_ptr cinfo) { (void)cinfo; }

// A progressive file of many scans costs a full pass each (libjpeg-turbo's
// TJFLAG_LIMITSCANS uses the same bound), and any file its time: libjpeg calls this
// every row of blocks, so the deadline ends a decoding within a row of it.
static void limit_work(j_common_ptr cinfo) {
    guarded_errors *e = (guarded_errors *)cinfo->err;
    if (cinfo->is_decompressor && ((j_decompress_ptr)cinfo)->input_scan_number > 500) {
        snprintf(e->message, 200, "progressive JPEG with more than 500 scans");
        longjmp(e->back, 1);
    }
    if (e->deadline > 0 && monotonic_seconds() > e->deadline) {
        snprintf(e->message, 200, "decoding took longer than allowed");
        longjmp(e->back, 1);
    }
}

int intake_jpeg_decode_small(const unsigned char *data, size_t size, int min_long_side, long max_pixels,
                             long max_memory, double max_seconds, intake_jpeg_image *out) {
    memset(out, 0, sizeof *out);
    struct jpeg_decompress_struct cinfo;
    guarded_errors errors;
    struct jpeg_progress_mgr progress;
    // volatile: read after a longjmp.
    unsigned char *volatile rgb = NULL;
    cinfo.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = jump_back;
    errors.base.output_message = quiet;
    errors.base.emit_message = note_warning;
    errors.message = out->error;
    errors.damaged = 0;
    errors.deadline = max_seconds > 0 ? monotonic_seconds() + max_seconds : 0;
    if (setjmp(errors.back)) {
        jpeg_destroy_decompress(&cinfo);
        free(rgb);
        return -1;
    }
    jpeg_create_decompress(&cinfo);
    progress.progress_monitor = limit_work;
    cinfo.progress = &progress;
    jpeg_mem_src(&cinfo, data, (unsigned long)size);
    // A progressive file keeps every coefficient of the image until its last scan: bounded
    // here (libjpeg-turbo fails an allocation past it) whatever the image's size.
    cinfo.mem->max_memory_to_use = max_memory;
    jpeg_read_header(&cinfo, TRUE);
    out->source_width = (int)cinfo.image_width;
    out->source_height = (int)cinfo.image_height;
    unsigned int long_side = cinfo.image_width > cinfo.image_height ? cinfo.image_width : cinfo.image_height;
    unsigned int denominator = 8;
    while (denominator > 1 && long_side / denominator < (unsigned int)min_long_side) denominator /= 2;
    cinfo.scale_num = 1;
    cinfo.scale_denom = denominator;
    cinfo.out_color_space = JCS_RGB;
    cinfo.dct_method = JDCT_ISLOW;
    jpeg_calc_output_dimensions(&cinfo);
    if ((long)cinfo.output_width * (long)cinfo.output_height > max_pixels || cinfo.output_components != 3) {
        snprintf(out->error, 200, "decoded image of %ux%u pixels over the limit", cinfo.output_width, cinfo.output_height);
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    jpeg_start_decompress(&cinfo);
    size_t stride = (size_t)cinfo.output_width * 3;
    rgb = malloc(stride * cinfo.output_height);
    if (rgb == NULL) {
        snprintf(out->error, 200, "out of memory");
        jpeg_destroy_decompress(&cinfo);
        return -1;
    }
    while (cinfo.output_scanline < cinfo.output_height) {
        JSAMPROW row = rgb + stride * cinfo.output_scanline;
        jpeg_read_scanlines(&cinfo, &row, 1);
    }
    jpeg_finish_decompress(&cinfo);
    if (errors.damaged > 0) {
        char first[200];
        snprintf(first, sizeof first, "%s", out->error);
        snprintf(out->error, 200, "corrupt or incomplete JPEG data (%ld warnings; first: %s)", errors.damaged, first);
        jpeg_destroy_decompress(&cinfo);
        free(rgb);
        return -2;
    }
    out->width = (int)cinfo.output_width;
    out->height = (int)cinfo.output_height;
    out->rgb = rgb;
    jpeg_destroy_decompress(&cinfo);
    return 0;
}

void intake_jpeg_free(intake_jpeg_image *image) {
    free(image->rgb);
    image->rgb = NULL;
}

int intake_jpeg_encode(const unsigned char *rgb, int width, int height, int quality, int grey, int progressive,
                       unsigned char **out, size_t *out_size, char error[200]) {
    struct jpeg_compress_struct cinfo;
    guarded_errors errors;
    unsigned char *volatile buffer = NULL;
    unsigned long length = 0;
    unsigned char *volatile row = NULL;
    *out = NULL;
    *out_size = 0;
    cinfo.err = jpeg_std_error(&errors.base);
    errors.base.error_exit = jump_back;
    errors.base.output_message = quiet;
    errors.message = error;
    errors.deadline = 0;
    if (setjmp(errors.back)) {
        jpeg_destroy_compress(&cinfo);
        free(buffer);
        free(row);
        return -1;
    }
    jpeg_create_compress(&cinfo);
    unsigned char *target = NULL;
    jpeg_mem_dest(&cinfo, &target, &length);
    cinfo.image_width = (JDIMENSION)width;
    cinfo.image_height = (JDIMENSION)height;
    cinfo.input_components = grey ? 1 : 3;
    cinfo.in_color_space = grey ? JCS_GRAYSCALE : JCS_RGB;
    jpeg_set_defaults(&cinfo);
    jpeg_set_quality(&cinfo, quality, TRUE);
    if (progressive) jpeg_simple_progression(&cinfo);
    jpeg_start_compress(&cinfo, TRUE);
    row = malloc((size_t)width * 3);
    if (row == NULL) {
        snprintf(error, 200, "out of memory");
        longjmp(errors.back, 1);
    }
    while (cinfo.next_scanline < cinfo.image_height) {
        const unsigned char *source = rgb + (size_t)cinfo.next_scanline * (size_t)width * 3;
        if (grey) {
            for (int x = 0; x < width; x++) {
                const unsigned char *p = source + 3 * x;
                row[x] = (unsigned char)((299 * p[0] + 587 * p[1] + 114 * p[2] + 500) / 1000);
            }
        } else {
            memcpy(row, source, (size_t)width * 3);
        }
        JSAMPROW r = row;
        jpeg_write_scanlines(&cinfo, &r, 1);
    }
    jpeg_finish_compress(&cinfo);
    buffer = target;
    *out = target;
    *out_size = length;
    free(row);
    jpeg_destroy_compress(&cinfo);
    return 0;
}

void intake_jpeg_free_bytes(unsigned char *bytes) { free(bytes); }
