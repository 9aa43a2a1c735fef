import CCurl

/// One fetch in libcurl: an easy handle, the body received so far, and the redirect path.
///
/// Redirects are followed here rather than by libcurl (`CURLOPT_FOLLOWLOCATION` stays off): each
/// target is checked before it is requested, so a loop is named, the sixth redirect fails as too
/// many, and a redirect to `file:` or `ftp:` is refused with the URL it pointed at. Lives on the
/// engine's thread only.
final class CurlTransfer {
  /// What to do after libcurl reported the current request done.
  enum Step {
    /// Request the next URL of a redirect (the handle is ready).
    case redirect
    /// The fetch ended.
    case done(Result<FetchOutcome, FetchError>)
  }

  let job: FetchJob
  let handle: UnsafeMutableRawPointer
  private let options: FetchOptions
  private let deadline: ContinuousClock.Instant
  private var headers: UnsafeMutablePointer<curl_slist>?
  private let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE) + 1)
  /// The URL of the request under way.
  private(set) var current: String
  /// The URLs redirected from, in order.
  private var visited: [String] = []
  /// The body so far, with gzip or deflate undone.
  fileprivate var body: [UInt8] = []
  /// Set when the body passed the size cap and the write callback stopped the transfer.
  fileprivate var exceeded = false
  fileprivate var maxSize: Int { options.maxSize }

  /// A handle set up for `job`; `nil` when libcurl cannot make one (out of memory).
  init?(job: FetchJob, options: FetchOptions) {
    guard let handle = quoth_curl_easy_init() else { return nil }
    self.job = job
    self.handle = handle
    self.options = options
    self.current = job.request.url
    deadline = .now + options.totalTimeout
    errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE) + 1)
    configure()
  }

  deinit {
    quoth_curl_easy_cleanup(handle)
    quoth_curl_slist_free_all(headers)
    errorBuffer.deallocate()
  }

  private func configure() {
    let context = Unmanaged.passUnretained(self).toOpaque()
    setLong(CURLOPT_NOSIGNAL, 1)
    setLong(CURLOPT_FOLLOWLOCATION, 0)
    setString(CURLOPT_PROTOCOLS_STR, "http,https")
    setString(CURLOPT_REDIR_PROTOCOLS_STR, "http,https")
    // An empty string asks for every encoding this libcurl can undo (gzip and deflate among them).
    setString(CURLOPT_ACCEPT_ENCODING, "")
    setString(CURLOPT_USERAGENT, options.userAgent ?? FetchOptions.defaultUserAgent)
    setLong(CURLOPT_CONNECTTIMEOUT_MS, Self.milliseconds(options.connectTimeout))
    // A Content-Length over the cap is refused before the body comes; without one, the write
    // callback stops at the cap.
    _ = quoth_curl_setopt_offset(handle, CURLOPT_MAXFILESIZE_LARGE, curl_off_t(options.maxSize))
    _ = quoth_curl_setopt_callback(handle, CURLOPT_WRITEFUNCTION, curlWriteBody)
    _ = quoth_curl_setopt_pointer(handle, CURLOPT_WRITEDATA, context)
    _ = quoth_curl_setopt_pointer(handle, CURLOPT_PRIVATE, context)
    _ = quoth_curl_setopt_pointer(handle, CURLOPT_ERRORBUFFER, errorBuffer)
    // A proxy from the environment serves other hosts; this machine is always reached directly.
    setString(CURLOPT_NOPROXY, ProxyBypass.list)
    if let etag = job.request.etag { headers = quoth_curl_slist_append(headers, "If-None-Match: \(etag)") }
    if let lastModified = job.request.lastModified {
      headers = quoth_curl_slist_append(headers, "If-Modified-Since: \(lastModified)")
    }
    if let headers { _ = quoth_curl_setopt_list(handle, CURLOPT_HTTPHEADER, headers) }
    aim(at: current)
  }

  /// Points the handle at `url` with what is left of the total time.
  private func aim(at url: String) {
    setString(CURLOPT_URL, url)
    let left = deadline - .now
    setLong(CURLOPT_TIMEOUT_MS, max(1, Self.milliseconds(left)))
    errorBuffer[0] = 0
    body = []
    exceeded = false
  }

  /// The step after libcurl finished the current request with `code`.
  func finished(code: CURLcode) -> Step {
    guard code == CURLE_OK else { return .done(.failure(error(for: code))) }
    let status = longInfo(CURLINFO_RESPONSE_CODE)
    let url = job.request.url
    let finalURL = current == url ? nil : current
    if (300..<400).contains(status), status != 304 {
      guard let target = stringInfo(CURLINFO_REDIRECT_URL) else {
        return .done(.failure(.http(url: url, status: status, finalURL: finalURL)))
      }
      if let failure = refusal(of: target) { return .done(.failure(failure)) }
      visited.append(current)
      current = target
      aim(at: target)
      return .redirect
    }
    guard (200..<300).contains(status) || status == 304 else {
      return .done(.failure(.http(url: url, status: status, finalURL: finalURL)))
    }
    let response = FetchResponse(
      url: url, finalURL: current, redirects: visited, status: status,
      contentType: stringInfo(CURLINFO_CONTENT_TYPE).flatMap(ContentType.init(header:)),
      etag: header("ETag"), lastModified: header("Last-Modified"), body: status == 304 ? [] : body)
    return .done(.success(status == 304 ? .notModified(response) : .fetched(response)))
  }

  /// Why the redirect to `target` is not followed, or `nil` to follow it.
  private func refusal(of target: String) -> FetchError? {
    let url = job.request.url
    if target == current || visited.contains(target) { return .redirectLoop(url: url, target: target) }
    if visited.count >= options.maxRedirects {
      return .tooManyRedirects(url: url, limit: options.maxRedirects)
    }
    let lower = target.lowercased()
    guard lower.hasPrefix("http://") || lower.hasPrefix("https://") else {
      return .unsupportedScheme(url: url, target: target)
    }
    if deadline <= .now {
      return .timedOut(url: url, seconds: Self.seconds(options.totalTimeout), connecting: false)
    }
    return nil
  }

  /// The ``FetchError`` for a libcurl failure.
  private func error(for code: CURLcode) -> FetchError {
    let url = job.request.url
    let reason =
      errorBuffer[0] != 0 ? String(cString: errorBuffer) : String(cString: quoth_curl_easy_strerror(code))
    switch code {
    case CURLE_UNSUPPORTED_PROTOCOL:
      return .unsupportedScheme(url: url, target: visited.isEmpty ? nil : current)
    case CURLE_URL_MALFORMAT: return .invalidURL(url: url)
    case CURLE_COULDNT_RESOLVE_HOST, CURLE_COULDNT_RESOLVE_PROXY:
      return .hostNotFound(url: url, reason: reason)
    case CURLE_COULDNT_CONNECT: return .connectionFailed(url: url, reason: reason)
    case CURLE_OPERATION_TIMEDOUT:
      var connected: curl_off_t = 0
      _ = quoth_curl_getinfo_offset(handle, CURLINFO_CONNECT_TIME_T, &connected)
      let connecting = connected == 0 && options.connectTimeout < options.totalTimeout
      let limit = connecting ? options.connectTimeout : options.totalTimeout
      return .timedOut(url: url, seconds: Self.seconds(limit), connecting: connecting)
    case CURLE_FILESIZE_EXCEEDED: return .tooLarge(url: url, limit: options.maxSize)
    case CURLE_WRITE_ERROR where exceeded: return .tooLarge(url: url, limit: options.maxSize)
    case CURLE_SSL_CONNECT_ERROR, CURLE_PEER_FAILED_VERIFICATION, CURLE_SSL_CERTPROBLEM,
      CURLE_SSL_CIPHER, CURLE_SSL_CACERT_BADFILE, CURLE_SSL_ISSUER_ERROR, CURLE_SSL_CRL_BADFILE:
      return .tls(url: url, reason: reason)
    default: return .transfer(url: url, reason: reason)
    }
  }

  // MARK: libcurl access

  private func setLong(_ option: CURLoption, _ value: Int) {
    _ = quoth_curl_setopt_long(handle, option, value)
  }

  private func setString(_ option: CURLoption, _ value: String) {
    // libcurl copies string options.
    _ = quoth_curl_setopt_string(handle, option, value)
  }

  private func longInfo(_ info: CURLINFO) -> Int {
    var value = 0
    _ = quoth_curl_getinfo_long(handle, info, &value)
    return value
  }

  private func stringInfo(_ info: CURLINFO) -> String? {
    var value: UnsafeMutablePointer<CChar>?
    guard quoth_curl_getinfo_string(handle, info, &value) == CURLE_OK, let value else { return nil }
    return String(cString: value)
  }

  /// The value of the last response's header `name`, if it came.
  private func header(_ name: String) -> String? {
    var found: UnsafeMutablePointer<curl_header>?
    guard quoth_curl_easy_header(handle, name, 0, UInt32(CURLH_HEADER), -1, &found) == CURLHE_OK,
      let value = found?.pointee.value
    else { return nil }
    let text = String(cString: value)
    return text.isEmpty ? nil : text
  }

  private static func milliseconds(_ duration: Duration) -> Int {
    let (seconds, attoseconds) = duration.components
    return Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000)
  }

  private static func seconds(_ duration: Duration) -> Double {
    Double(milliseconds(duration)) / 1000
  }

  /// Appends what libcurl received to the body, or stops the transfer once it passes the cap.
  fileprivate func receive(_ data: UnsafeRawBufferPointer) -> Int {
    guard body.count + data.count <= maxSize else {
      exceeded = true
      return 0
    }
    body.append(contentsOf: data)
    return data.count
  }
}

/// libcurl's write callback: hands each piece of the body to its ``CurlTransfer``.
private func curlWriteBody(
  _ data: UnsafeMutablePointer<CChar>?, _ size: Int, _ count: Int, _ context: UnsafeMutableRawPointer?
) -> Int {
  guard let context else { return 0 }
  let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
  return transfer.receive(UnsafeRawBufferPointer(start: data, count: size * count))
}
