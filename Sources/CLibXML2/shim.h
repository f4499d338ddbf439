#ifndef ONRECORD_CLIBXML2_SHIM_H
#define ONRECORD_CLIBXML2_SHIM_H

// Debian builds libxml2 with ICU, and its headers then pull in ICU's, which the
// Swift 6 Clang importer cannot resolve. onrecord never uses libxml2's ICU paths.
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/parser.h>
#include <libxml/xmlmemory.h>
#include <libxml/parserInternals.h>

// xmlFree is a global function pointer, which Swift 6 treats as shared mutable
// state; a static inline wrapper gives Swift a plain function to call.
static inline void onrecord_xmlFree(void *pointer) { xmlFree(pointer); }

#endif
