import Testing
import HummingbirdTesting
@testable import PPIDWeb
