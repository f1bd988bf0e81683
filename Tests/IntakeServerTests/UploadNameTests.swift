import Foundation
import Testing

@testable import IntakeServer

/// The file name an upload gives in its Content-Disposition (the report's `file`).
@Suite struct UploadNameTests {
    @Test func aPlainFilenameIsTaken() {
        #expect(Routes.fileName(disposition: #"attachment; filename="wang.zip""#) == "wang.zip")
        // A quoted-string's own `;` and escaped quotes (round 47, tester d: read `semi` and `now.zip`).
        #expect(Routes.fileName(disposition: #"attachment; filename="say \"hi\" now.zip""#) == #"say "hi" now.zip"#)
        #expect(Routes.fileName(disposition: #"attachment; filename="semi;colon.zip"; size=3"#) == "semi;colon.zip")
        #expect(Routes.fileName(disposition: #"attachment; filename=plain.zip ; x=1"#) == "plain.zip")
        #expect(Routes.fileName(disposition: #"filename="bare.zip""#) == "bare.zip")
        #expect(Routes.fileName(disposition: #"attachment; filename="open.zip"#) == "open.zip")
        #expect(Routes.fileName(disposition: "attachment") == nil)
        // A parameter without a value, and a Windows path's backslashes (not escapes): the session's review.
        #expect(Routes.fileName(disposition: #"attachment; foo; filename="x.zip""#) == "x.zip")
        #expect(Routes.fileName(disposition: #"attachment; filename="C:\dir\a.zip""#) == #"C:\dir\a.zip"#)
        #expect(Upload.safeName(Routes.fileName(disposition: #"attachment; filename="C:\dir\a.zip""#)) == "a.zip")
    }

    @Test func theExtendedFilenameCarriesAChineseNameAndWins() {
        // RFC 6266: filename* (RFC 8187 encoding) is preferred over filename.
        let chinese = "attachment; filename*=UTF-8''%E7%8E%8B%E5%B0%8F%E6%98%8E.zip"
        #expect(Routes.fileName(disposition: chinese) == "王小明.zip")
        #expect(Routes.fileName(disposition: #"attachment; filename="wang.zip"; "# + "filename*=utf-8''%E7%8E%8B.zip") == "王.zip")
        #expect(Routes.fileName(disposition: "attachment; filename*=ISO-8859-1'de'M%FCller.zip") == "Müller.zip")
        // A Chinese client's form may declare GBK (RFC 8187 allows any registered charset): 王小 in GBK (round 37, tester g:
        // it was ignored, upload.zip shown).
        #expect(Routes.fileName(disposition: "attachment; filename*=GBK''%CD%F5%D0%A1.zip") == "王小.zip")
        #expect(Routes.fileName(disposition: "attachment; filename*=gb18030''%CD%F5.zip") == "王.zip")
    }

    @Test func aMalformedExtendedFilenameFallsBackToThePlainOne() {
        for bad in ["UTF-8''%E7%8E", "UTF-8''%ZZ.zip", "UTF-8''%+F.zip", "KOI8-R''x.zip", "no-quotes.zip", "UTF-8''"] {
            #expect(Routes.fileName(disposition: #"attachment; filename="plain.zip"; filename*="# + bad) == "plain.zip", "\(bad)")
        }
        #expect(Routes.fileName(disposition: "attachment") == nil)
    }

    @Test func aLongNameIsShortenedOnACharacterBoundaryKeepingItsExtension() {
        // 100 Chinese characters are 300 bytes: more than a file name may be anywhere.
        let long = String(repeating: "王", count: 100) + ".zip"
        let short = Upload.safeName(long)
        #expect(short.utf8.count <= 200 && short.hasSuffix("….zip") && short.hasPrefix("王王"), "\(short)")
        // Four-byte characters (emoji) too, and a name without an extension.
        let emoji = Upload.safeName(String(repeating: "😀", count: 80))
        #expect(emoji.utf8.count <= 200 && emoji.hasSuffix("…") && emoji.hasPrefix("😀"), "\(emoji)")
        #expect(Upload.safeName("short.zip") == "short.zip")
        // Controls kept (shown escaped in the reports), NUL and separators not.
        #expect(Upload.safeName("a\tb.zip") == "a\tb.zip" && Upload.safeName("a\nb.zip") != Upload.safeName("a\tb.zip"))
        #expect(Upload.safeName("x/../a\u{0}b.zip") == "ab.zip")
        // Through Content-Disposition: the extended name decodes to the same long name.
        let encoded = "attachment; filename*=UTF-8''" + long.utf8.map { String(format: "%%%02X", $0) }.joined()
        #expect(Routes.fileName(disposition: encoded) == long)
    }
}
