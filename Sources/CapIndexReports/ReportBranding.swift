/// The look handed to the renderers: settings with the placeholders filled in and
/// the logo read, so renderers touch neither the file system nor the clock.
struct ReportBranding: Sendable, Equatable {
    /// Programme title for the page header.
    var title: String
    /// `#rrggbb`, checked for contrast with white.
    var accent: String
    /// The logo as a data: URI, if any.
    var logoDataURI: String?
    /// The logo's text alternative; empty = decorative.
    var logoAlt: String

    /// The branding of one region and year.
    init(settings: ReportSettings, region: String, year: Int, logo: ReportLogo?) {
        title = settings.title(region: region, year: year)
        accent = ReportColour(hex: settings.accentColour)?.hex ?? "#1d70b8"
        logoDataURI = logo?.dataURI
        logoAlt = settings.logoAlt ?? ""
    }
}

/// One entry of the navigation between the pages of a region and year.
struct ReportNavItem: Sendable, Equatable {
    var title: String
    var link: ReportLink
}
