/* SPDX-License-Identifier: MIT */
/* SPDX-FileCopyrightText: PEN-Tournament contributors */
/*
 * The C interface of an Automatic Threat Detection (ATD) algorithm shipped as a shared library.
 *
 * A plugin library exports one function, pen_atd_plugin_entry(), that returns a description of the
 * algorithm and three functions: create an instance, detect on one scan, destroy the instance.
 * PEN-Tournament never loads a plugin into its server: pentournament-atd-host loads it in a
 * process of its own and serves it over the gRPC interface (proto/pen/v1/atd.proto), so that a
 * crash, a hang or a leak in the plugin ends only that process.
 *
 * This header is MIT-licensed so that it can be compiled into closed-source algorithms. It is
 * plain C99; the host calls a plugin from one thread at a time.
 *
 * Versioning: PEN_ATD_ABI_VERSION changes whenever a structure or function below changes in a way
 * that an existing plugin would misread. The host refuses a plugin whose abi_version differs.
 */
#ifndef PENTOURNAMENT_ATD_PLUGIN_H
#define PENTOURNAMENT_ATD_PLUGIN_H

#include <stddef.h>
#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

#define PEN_ATD_ABI_VERSION 1u

/* The longest category key, with its terminating zero. */
#define PEN_ATD_CATEGORY_SIZE 64u

typedef enum pen_atd_view_kind {
    PEN_ATD_DUAL_ENERGY = 0,   /* low and high are set */
    PEN_ATD_SINGLE_ENERGY = 1, /* low is set (the one channel) */
    PEN_ATD_COLOUR = 2         /* rgb is set */
} pen_atd_view_kind;

/* One view of a scan. Pixels run row by row from the top-left corner. Energy channels hold
 * transmissions: 0 means nothing passed, 65535 the open beam. The pixels may lie in memory that the
 * host mapped read-only from the server (shared memory, not copied): never write to them (a write ends
 * the process with SIGSEGV), and do not keep the pointers after detect returns. */
typedef struct pen_atd_view {
    const char *label; /* "top", "side", ... */
    uint32_t width;
    uint32_t height;
    pen_atd_view_kind kind;
    const uint16_t *low;  /* width * height values, or NULL */
    const uint16_t *high; /* width * height values, or NULL */
    const uint8_t *rgb;   /* width * height * 3 values (R, G, B), or NULL */
    double pixel_size_mm; /* 0 when unknown */
} pen_atd_view;

/* One scan to look at. It never carries ground truth; scan_id says nothing about the content. */
typedef struct pen_atd_scan {
    const char *scan_id;
    const char *object_kind; /* "parcel", "baggage", "vehicle", "container" or "other" */
    uint32_t view_count;
    const pen_atd_view *views;
    const char *declaration_json; /* the cargo declaration as JSON, or NULL where there is none */
} pen_atd_scan;

/* A Potential Threat Object: what, where (a box in one view, in pixels), how sure. */
typedef struct pen_atd_object {
    char category[PEN_ATD_CATEGORY_SIZE]; /* a category key the plugin declared, zero-terminated */
    uint32_t view_index;
    double x; /* left edge */
    double y; /* top edge */
    double width;
    double height;
    double probability; /* in [0, 1] */
} pen_atd_object;

/* The answer for one scan, shaped like a DICOS Threat Detection Report. The host owns the object
 * array and sets object_capacity; the plugin fills at most that many and sets object_count. */
typedef struct pen_atd_result {
    int alarm;          /* nonzero: alarm at the plugin's operating threshold */
    double alarm_score; /* in [0, 1] */
    uint32_t object_count;
    uint32_t object_capacity;
    pen_atd_object *objects;
} pen_atd_result;

typedef struct pen_atd_plugin {
    uint32_t abi_version; /* PEN_ATD_ABI_VERSION the plugin was built with */
    const char *name;
    const char *vendor;
    const char *version;
    const char *categories;     /* category keys it detects, comma-separated: "narcotics,weapon" */
    double operating_threshold; /* its declared threshold on alarm_score */
    int needs_dual_energy;      /* nonzero: refuses single-energy and colour views */
    uint32_t views_needed;      /* 1: the first view only; 2: top and side where there are two */

    /* Makes an instance; config is the text the host was given (may be empty, never NULL). On
     * failure returns NULL and writes a zero-terminated reason into error. */
    void *(*create)(const char *config, char *error, size_t error_size);
    /* Detects on one scan; returns 0 on success, otherwise nonzero with a reason in error. */
    int (*detect)(void *instance, const pen_atd_scan *scan, pen_atd_result *result, char *error, size_t error_size);
    void (*destroy)(void *instance);
} pen_atd_plugin;

/* The one symbol a plugin library exports. */
#define PEN_ATD_ENTRY_SYMBOL "pen_atd_plugin_entry"
typedef const pen_atd_plugin *(*pen_atd_entry_function)(void);

#if defined(__GNUC__)
#define PEN_ATD_EXPORT __attribute__((visibility("default")))
#else
#define PEN_ATD_EXPORT
#endif

#ifdef __cplusplus
}
#endif

#endif /* PENTOURNAMENT_ATD_PLUGIN_H */
