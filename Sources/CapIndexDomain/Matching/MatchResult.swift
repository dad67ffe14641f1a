/// One engagement chosen by the matcher.
public struct MatchedPair: Sendable, Hashable {
    /// Code of the receiving LA.
    public var receiver: String
    /// Theme of the engagement.
    public var theme: String
    /// Code of the providing LA.
    public var provider: String
    /// `3·(w + o + q)`, i.e. weight + offer + quality in thirds: exact and integral.
    public var scoreThirds: Int
    /// True when (receiver, provider) was not a pair last year.
    public var isFresh: Bool

    /// Creates a matched pair.
    public init(receiver: String, theme: String, provider: String, scoreThirds: Int, isFresh: Bool) {
        self.receiver = receiver
        self.theme = theme
        self.provider = provider
        self.scoreThirds = scoreThirds
        self.isFresh = isFresh
    }

    /// `w + o + q` as a number, for display only (thirds are not exact in binary).
    public var score: Double { Double(scoreThirds) / 3 }
}

/// Why an ask was left without a provider.
public enum UnmatchedReason: String, Sendable, Hashable {
    /// No LA other than the receiver made an eligible offer on the theme.
    case noProvider = "no-provider"
    /// Eligible providers existed, but every one the optimum could use was full.
    case providersAtCapacity = "providers-at-capacity"
    /// The only candidates were screened out by Ofsted or the indicator evidence.
    case providersScreened = "providers-excluded"

    /// The reason in words, as the reports and the terminal give it.
    public var words: String {
        switch self {
        case .noProvider: "no provider in the region for that theme"
        case .providersAtCapacity: "providers at capacity"
        case .providersScreened: "providers excluded by Ofsted or evidence"
        }
    }
}

/// An ask the matcher could not serve, with the reason.
public struct UnmatchedAsk: Sendable, Hashable {
    /// The ask, as the solver saw it (weight clamped, duplicates merged).
    public var ask: MatchAsk
    /// Why it stayed unmatched.
    public var reason: UnmatchedReason
    /// The other LAs whose offer on the theme the evidence screened out, by code, with
    /// why: the named providers of ``UnmatchedReason/providersScreened``.
    public var excluded: [ScreenedOffer]

    /// Creates an unmatched ask.
    public init(ask: MatchAsk, reason: UnmatchedReason, excluded: [ScreenedOffer] = []) {
        self.ask = ask
        self.reason = reason
        self.excluded = excluded
    }
}

/// How many engagements one provider took on.
public struct MatchProviderLoad: Sendable, Hashable {
    /// Code of the providing LA.
    public var provider: String
    /// Number of matched pairs it serves, 0…capacity.
    public var load: Int

    /// Creates a load entry.
    public init(provider: String, load: Int) {
        self.provider = provider
        self.load = load
    }
}

/// The outcome of one matching run, in canonical order.
public struct MatchResult: Sendable, Hashable {
    /// Matched pairs, sorted by receiver then theme.
    public var pairs: [MatchedPair]
    /// Asks left unmatched, sorted by receiver then theme.
    public var unmatched: [UnmatchedAsk]
    /// Load of every provider that made any offer (0 included), sorted by provider.
    public var loads: [MatchProviderLoad]

    /// Creates a result.
    public init(pairs: [MatchedPair], unmatched: [UnmatchedAsk], loads: [MatchProviderLoad]) {
        self.pairs = pairs
        self.unmatched = unmatched
        self.loads = loads
    }

    /// Objective level 1: number of asks matched.
    public var matchedCount: Int { pairs.count }
    /// Objective level 2: sum of `scoreThirds` over the matched pairs.
    public var totalScoreThirds: Int { pairs.reduce(0) { $0 + $1.scoreThirds } }
    /// Objective level 3: number of matched pairs that were not paired last year.
    public var freshCount: Int { pairs.reduce(0) { $0 + ($1.isFresh ? 1 : 0) } }
}
