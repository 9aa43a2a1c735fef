import Foundation

/// The hosts fetched without a proxy: this machine, then whatever `no_proxy` names.
///
/// libcurl takes `http_proxy`, `https_proxy` and `no_proxy` from the environment by itself; setting
/// `CURLOPT_NOPROXY` replaces `no_proxy`, so its hosts are carried over here.
enum ProxyBypass {
  static let list: String = {
    let environment = ProcessInfo.processInfo.environment
    let local = "localhost,127.0.0.1,::1"
    guard let extra = environment["no_proxy"] ?? environment["NO_PROXY"], !extra.isEmpty else { return local }
    return extra == "*" ? extra : local + "," + extra
  }()
}
