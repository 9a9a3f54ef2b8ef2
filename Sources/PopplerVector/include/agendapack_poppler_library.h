#ifndef AGENDAPACK_POPPLER_LIBRARY_H
#define AGENDAPACK_POPPLER_LIBRARY_H
// The library's own view of the interface (agendapack_vector.h): the prototypes of the
// functions it defines and of its one entry, `agendapack_poppler_interface`, instead of the
// callers' trampolines. Included by vector.cc only; no executable links this target.
#define AGENDAPACK_POPPLER_IMPLEMENTATION 1
#include "agendapack_vector.h"
#endif
