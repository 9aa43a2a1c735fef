#ifndef QUOTH_CCURL_SHIM_H
#define QUOTH_CCURL_SHIM_H

#include <curl/curl.h>
#include <dlfcn.h>
#include <pthread.h>
#include <stddef.h>

// libcurl is opened with dlopen when the first fetch needs it, not linked: loading it at start-up
// (with the TLS, Kerberos, LDAP and SSH libraries it pulls in) cost every quoth run about 5 ms,
// a third of `quoth --version`, whether it used the network or not. Swift calls only the
// quoth_curl_* functions below, never curl_* (the module links no libcurl, so a direct call
// does not link).

/// The libcurl functions quoth calls, looked up once.
typedef struct {
  const char *error; // why libcurl could not be loaded; NULL once it is
  CURLcode (*global_init)(long);
  CURL *(*easy_init)(void);
  void (*easy_cleanup)(CURL *);
  CURLcode (*easy_setopt)(CURL *, CURLoption, ...);
  CURLcode (*easy_getinfo)(CURL *, CURLINFO, ...);
  const char *(*easy_strerror)(CURLcode);
  CURLHcode (*easy_header)(CURL *, const char *, size_t, unsigned int, int, struct curl_header **);
  struct curl_slist *(*slist_append)(struct curl_slist *, const char *);
  void (*slist_free_all)(struct curl_slist *);
  CURLM *(*multi_init)(void);
  CURLMcode (*multi_cleanup)(CURLM *);
  CURLMcode (*multi_add_handle)(CURLM *, CURL *);
  CURLMcode (*multi_remove_handle)(CURLM *, CURL *);
  CURLMcode (*multi_perform)(CURLM *, int *);
  CURLMcode (*multi_poll)(CURLM *, struct curl_waitfd[], unsigned int, int, int *);
  CURLMcode (*multi_wakeup)(CURLM *);
  CURLMsg *(*multi_info_read)(CURLM *, int *);
  CURLMcode (*multi_setopt)(CURLM *, CURLMoption, ...);
  curl_version_info_data *(*version_info)(CURLversion);
} quoth_curl_api;

// Function-local statics: Swift's importer emits a header's functions, not its global variables.
static inline quoth_curl_api *quoth_curl_table(void) {
  static quoth_curl_api table;
  return &table;
}

static inline void quoth_curl_open(void) {
  quoth_curl_api *t = quoth_curl_table();
  void *library = dlopen("libcurl.so.4", RTLD_LAZY | RTLD_LOCAL);
  if (!library) library = dlopen("libcurl.so", RTLD_LAZY | RTLD_LOCAL);
  if (!library) {
    const char *reason = dlerror();
    t->error = reason ? reason : "libcurl.so.4 not found";
    return;
  }
#define QUOTH_CURL_SYMBOL(field, name) *(void **)(&t->field) = dlsym(library, #name)
  QUOTH_CURL_SYMBOL(global_init, curl_global_init);
  QUOTH_CURL_SYMBOL(easy_init, curl_easy_init);
  QUOTH_CURL_SYMBOL(easy_cleanup, curl_easy_cleanup);
  QUOTH_CURL_SYMBOL(easy_setopt, curl_easy_setopt);
  QUOTH_CURL_SYMBOL(easy_getinfo, curl_easy_getinfo);
  QUOTH_CURL_SYMBOL(easy_strerror, curl_easy_strerror);
  QUOTH_CURL_SYMBOL(easy_header, curl_easy_header);
  QUOTH_CURL_SYMBOL(slist_append, curl_slist_append);
  QUOTH_CURL_SYMBOL(slist_free_all, curl_slist_free_all);
  QUOTH_CURL_SYMBOL(multi_init, curl_multi_init);
  QUOTH_CURL_SYMBOL(multi_cleanup, curl_multi_cleanup);
  QUOTH_CURL_SYMBOL(multi_add_handle, curl_multi_add_handle);
  QUOTH_CURL_SYMBOL(multi_remove_handle, curl_multi_remove_handle);
  QUOTH_CURL_SYMBOL(multi_perform, curl_multi_perform);
  QUOTH_CURL_SYMBOL(multi_poll, curl_multi_poll);
  QUOTH_CURL_SYMBOL(multi_wakeup, curl_multi_wakeup);
  QUOTH_CURL_SYMBOL(multi_info_read, curl_multi_info_read);
  QUOTH_CURL_SYMBOL(multi_setopt, curl_multi_setopt);
  QUOTH_CURL_SYMBOL(version_info, curl_version_info);
#undef QUOTH_CURL_SYMBOL
  // Every function must be there (libcurl 7.84 or later, for curl_easy_header).
  void **fields = (void **)&t->global_init;
  size_t count = (sizeof(quoth_curl_api) - offsetof(quoth_curl_api, global_init)) / sizeof(void *);
  for (size_t i = 0; i < count; i++) {
    if (!fields[i]) {
      t->error = "libcurl.so.4 lacks a function quoth needs (libcurl 7.84 or later is needed)";
      return;
    }
  }
}

/// The loaded functions; call ``quoth_curl_load`` first and use them only when it gave NULL.
static inline const quoth_curl_api *quoth_curl(void) {
  static pthread_once_t once = PTHREAD_ONCE_INIT;
  pthread_once(&once, quoth_curl_open);
  return quoth_curl_table();
}

/// Loads libcurl (once; later calls are cheap): NULL when loaded, else why it could not be.
static inline const char *quoth_curl_load(void) { return quoth_curl()->error; }

static inline CURLcode quoth_curl_global_init(long flags) { return quoth_curl()->global_init(flags); }
static inline CURL *quoth_curl_easy_init(void) { return quoth_curl()->easy_init(); }
static inline void quoth_curl_easy_cleanup(CURL *handle) { quoth_curl()->easy_cleanup(handle); }
static inline const char *quoth_curl_easy_strerror(CURLcode code) { return quoth_curl()->easy_strerror(code); }
static inline CURLHcode quoth_curl_easy_header(
    CURL *handle, const char *name, size_t index, unsigned int origin, int request, struct curl_header **found) {
  return quoth_curl()->easy_header(handle, name, index, origin, request, found);
}
static inline struct curl_slist *quoth_curl_slist_append(struct curl_slist *list, const char *text) {
  return quoth_curl()->slist_append(list, text);
}
static inline void quoth_curl_slist_free_all(struct curl_slist *list) { quoth_curl()->slist_free_all(list); }
static inline CURLM *quoth_curl_multi_init(void) { return quoth_curl()->multi_init(); }
static inline CURLMcode quoth_curl_multi_cleanup(CURLM *multi) { return quoth_curl()->multi_cleanup(multi); }
static inline CURLMcode quoth_curl_multi_add_handle(CURLM *multi, CURL *handle) {
  return quoth_curl()->multi_add_handle(multi, handle);
}
static inline CURLMcode quoth_curl_multi_remove_handle(CURLM *multi, CURL *handle) {
  return quoth_curl()->multi_remove_handle(multi, handle);
}
static inline CURLMcode quoth_curl_multi_perform(CURLM *multi, int *running) {
  return quoth_curl()->multi_perform(multi, running);
}
static inline CURLMcode quoth_curl_multi_poll(
    CURLM *multi, struct curl_waitfd extra[], unsigned int count, int timeout, int *ready) {
  return quoth_curl()->multi_poll(multi, extra, count, timeout, ready);
}
static inline CURLMcode quoth_curl_multi_wakeup(CURLM *multi) { return quoth_curl()->multi_wakeup(multi); }
static inline CURLMsg *quoth_curl_multi_info_read(CURLM *multi, int *left) {
  return quoth_curl()->multi_info_read(multi, left);
}

// curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic; Swift cannot call them.
// One typed wrapper per argument kind that quoth uses.

typedef size_t (*quoth_curl_data_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode quoth_curl_setopt_long(CURL *handle, CURLoption option, long value) {
  return quoth_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
  return quoth_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
  return quoth_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
  return quoth_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_list(CURL *handle, CURLoption option, struct curl_slist *value) {
  return quoth_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_callback(
    CURL *handle, CURLoption option, quoth_curl_data_callback value) {
  return quoth_curl()->easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
  return quoth_curl()->easy_getinfo(handle, info, value);
}

static inline CURLcode quoth_curl_getinfo_string(CURL *handle, CURLINFO info, char **value) {
  return quoth_curl()->easy_getinfo(handle, info, value);
}

static inline CURLcode quoth_curl_getinfo_offset(CURL *handle, CURLINFO info, curl_off_t *value) {
  return quoth_curl()->easy_getinfo(handle, info, value);
}

static inline CURLcode quoth_curl_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
  return quoth_curl()->easy_getinfo(handle, info, value);
}

static inline CURLMcode quoth_curl_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
  return quoth_curl()->multi_setopt(handle, option, value);
}

// CURLVERSION_NOW is a macro naming an enum case, which Swift does not import.
static inline const char *quoth_curl_version(void) {
  if (quoth_curl_load()) return 0;
  const curl_version_info_data *info = quoth_curl()->version_info(CURLVERSION_NOW);
  return info ? info->version : 0;
}

#endif
