#ifndef QUOTH_CCURL_SHIM_H
#define QUOTH_CCURL_SHIM_H

#include <curl/curl.h>

// curl_easy_setopt, curl_easy_getinfo and curl_multi_setopt are variadic; Swift cannot call them.
// One typed wrapper per argument kind that quoth uses.

typedef size_t (*quoth_curl_data_callback)(char *data, size_t size, size_t count, void *context);

static inline CURLcode quoth_curl_setopt_long(CURL *handle, CURLoption option, long value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_offset(CURL *handle, CURLoption option, curl_off_t value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_string(CURL *handle, CURLoption option, const char *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_pointer(CURL *handle, CURLoption option, void *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_list(CURL *handle, CURLoption option, struct curl_slist *value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_setopt_callback(
    CURL *handle, CURLoption option, quoth_curl_data_callback value) {
  return curl_easy_setopt(handle, option, value);
}

static inline CURLcode quoth_curl_getinfo_long(CURL *handle, CURLINFO info, long *value) {
  return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode quoth_curl_getinfo_string(CURL *handle, CURLINFO info, char **value) {
  return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode quoth_curl_getinfo_offset(CURL *handle, CURLINFO info, curl_off_t *value) {
  return curl_easy_getinfo(handle, info, value);
}

static inline CURLcode quoth_curl_getinfo_pointer(CURL *handle, CURLINFO info, void **value) {
  return curl_easy_getinfo(handle, info, value);
}

static inline CURLMcode quoth_curl_multi_setopt_long(CURLM *handle, CURLMoption option, long value) {
  return curl_multi_setopt(handle, option, value);
}

// CURLVERSION_NOW is a macro naming an enum case, which Swift does not import.
static inline const char *quoth_curl_version(void) {
  const curl_version_info_data *info = curl_version_info(CURLVERSION_NOW);
  return info ? info->version : 0;
}

#endif
