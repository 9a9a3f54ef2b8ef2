#ifndef AGENDAPACK_CPOPPLER_SHIM_H
#define AGENDAPACK_CPOPPLER_SHIM_H
#include <poppler.h>
#include <cairo.h>
#include <glib.h>

/// GObject macros are not imported into Swift; these stand in for them.
static inline GQuark agendapack_poppler_error_quark(void) { return poppler_error_quark(); }
#endif
