#ifndef QUOTH_CLIBXML2_SHIM_H
#define QUOTH_CLIBXML2_SHIM_H

#include <stdlib.h>
#include <libxml/xmlversion.h>
// Debian builds libxml2 with ICU, whose headers clash with the copy inside Foundation. Nothing here
// touches the encoding handler's ICU fields (only pointers to it), so leave the ICU headers out.
#undef LIBXML_ICU_ENABLED
#include <libxml/HTMLparser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

// Swift 6 refuses libxml2's global function-pointer variable xmlFree; free through a function.
static inline void quoth_xml_free(void *pointer) { xmlFree(pointer); }

// Errors are not wanted on stderr: a page's broken markup is recovered silently.
static void quoth_xml_ignore_error(void *context, const char *message, ...) {
  (void)context;
  (void)message;
}
static inline void quoth_xml_silence(void) { xmlSetGenericErrorFunc(NULL, quoth_xml_ignore_error); }

#endif
