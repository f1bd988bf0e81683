import Testing

@testable import IntakeServer

/// The file name an upload gives in its Content-Disposition (the report's `file`).
@Suite struct UploadNameTests {
    @Test func aPlainFilenameIsTaken() {
        #expect(Routes.fileName(disposition: #"attachment; filename="wang.zip""#) == "wang.zip")
    }

    @Test func theExtendedFilenameCarriesAChineseNameAndWins() {
        // RFC 6266: filename* (RFC 8187 encoding) is preferred over filename.
        let chinese = "attachment; filename*=UTF-8''%E7%8E%8B%E5%B0%8F%E6%98%8E.zip"
        #expect(Routes.fileName(disposition: chinese) == "王小明.zip")
        #expect(Routes.fileName(disposition: #"attachment; filename="wang.zip"; "# + "filename*=utf-8''%E7%8E%8B.zip") == "王.zip")
        #expect(Routes.fileName(disposition: "attachment; filename*=ISO-8859-1'de'M%FCller.zip") == "Müller.zip")
    }

    @Test func aMalformedExtendedFilenameFallsBackToThePlainOne() {
        for bad in ["UTF-8''%E7%8E", "UTF-8''%ZZ.zip", "UTF-8''%+F.zip", "KOI8-R''x.zip", "no-quotes.zip", "UTF-8''"] {
            #expect(Routes.fileName(disposition: #"attachment; filename="plain.zip"; filename*="# + bad) == "plain.zip", "\(bad)")
        }
        #expect(Routes.fileName(disposition: "attachment") == nil)
    }
}
