#!/usr/bin/env bash
# Ablation of the extractor's named rules: turns each rule off (AGREEMENTS_ABLATE) and scores the gold
# folders given, printing each metric's change against all rules on. Usage:
#   bench/ablation.sh DIR... (e.g. the dev pages split into the part a rule was written from and the rest)
set -euo pipefail
cd "$(dirname "$0")/.."
rules=(GovernmentsSign CounterpartSide DashedField NumberedUnit SpelledMonth PostponedSigning ActivityComma CollectiveSide CountryBeforeYear CeremonyAside InnerAndSubject PlaceBracketState RunToNumber PassiveDayPredicate LongHeadDescriptor InvestmentAfterHead InlineDashes DecimalComma SlashNumber OtherActivityList CaptionBeforeList ListedFieldName InnerAndField NextSentenceBodies MembersBesideSubject PlaceThenSubject ListBeforePartner FamilyNameMember ContractFor PluralListInRun CollectiveInRun PartnerAgain ForNotWith OpeningYear NearDayYear WeekdayDay PlaceLeaderSide GovernmentOfPlace DateBeforeDay AbbreviatedField EnvoyOfficialForm SpelledCount CopulaMembers ListBeforePurpose PersonNeedsTitle PreparedCeremony PurposeCeremony PurposeVerb PlanOpening ExpectedCeremonyAfter SemicolonParts ElidedObject AfterLowerSyllable EarlierSigningDay BetweenBeforePassive TrailingAlias BracketedForeignName PartnersInElement LongerAgreementKind CommaBeforeKind DashInLowerRun LowerBareHead CountedStateNoun JointOrganisers SyllableSentenceEnd KindEndsName NamedAfterPerson GroupContractSubject AdverbBeforeContract CountedContract LongAliasOut TailBeforeAnd AndInLowerRun CurrencyEnd CollectivePartner LongContractObject DashInPreamble MeetingInOpening OccasionPhrase HyphenInName AndInsideName PlainOneSide KindQualifier KindAfterPartner ContractAfterPartner CommaClauses CountedDocumentsApart UnknownPlaceList PluralHeadOverPlaces BarePlaceNoBarrier CapitalisedCanonical InstitutionNamedAfterPlace PlacedContractSide AbbreviationContractSide PassiveContract FieldHeadList KindInName CommaPartTail OwnershipWord FamilyNameBeforeLower RunToAbbreviation SignerFamilyName PoliceParent OneSidePerCanonical LowerFieldList ArmyEchelon MarkerInCompound FieldPairName SpelledAbbreviation PluralInName RomanRegion NumberBeforeStop PlaceSideUnit JustSignedInBackground DocumentListInSentence StateGovernment InnerTimePhrase PlacesBeforeVerb CountryBesideBody StateFullForm SideEndRun RunOverTail DashNewHead EnvoyCountry CityAbbreviationEnd EarlierActors CoOrganisers CountedReferBack PersonSides SignerNameCut VerbComplementEnd BrandSides AbbreviationDefined ContractBetweenBodies StatedOldDate NounPhraseSigning LaterClauseKind NamedAmongCollective NounUse BarePlaceSides SemicolonClauses ShortAbbreviationPart SameMonthYear DayAfterVerb LongerMention NextSentenceMembers ListAfterDescriptor LowerCaseHead LowerRunToName PartnerRunEnd NameSyllableInRun CollectiveMembers MarkerInName PlaceSides SharedHeadList KnownPlaceMember CountOutOfHead SharedPlaceSuffix ParentChain Countries TailToNextName GroupSplit ListedLines ContentsBefore History Intent SameDayYear DayRangeWords ReportYear SideCompleter CitationBetween
       DropLeadingRole ToldPerPartner ToldPerPair FutureCeremonyAfter RelativeClauseAfterKind SemicolonKinds
       PlaceInsideName
       StatedOldDay AbleToSign NumberedCitation
       ProvinceEndsName SlashRunWord ProperNameNoTail
       SharedSignerClauses ElidedVerb AlsoSigned EveryKindTwin InTurn ThisDocument
       MeetingSides MeetingOneSide DelegationStandsFor MeetingNoSubject
       NamedSideOwnsPlace FirmNamedAfterPlace CourtOfThePeople BorderGuardParent MemberSchool
       RelativeCommaDay
       SigningTopic AgreementInClause EarlierOpener IssuedAlone
       EnvoyModifiers
       ArmOfService EnvoyAtPlace KeywordFirstMember
       AgreementSubject Urged CarriedOutSigned
       IntroNamesDocument
       TreatyKindStart LoneYear
       DocumentListAfter CountedDocuments
       PairReference PairReferenceLone PairReferenceOther PairReferenceDated
       SentenceStates SentenceStatesDated CountedCopies TwoSidesCounted)
# One Python per rule and folder: the scores, or with the all-on scores given, the change against them.
score() {
  AGREEMENTS_ABLATE="$1" ./agreements eval "$2" --json | python3 -c '
import json, sys
j = json.load(sys.stdin); d, p, i = j["detection"], j["parties"], j["items"]
now = [d["tp"], d["fp"], p["tp"], p["fp"], p["fn"], round(j["signing_date_accuracy"] * 100, 1), i["tp"], i["fp"]]
base = [float(x) for x in sys.argv[1:]]
print(*(f"{v:g}" for v in (now if not base else [round(n - b, 1) for n, b in zip(now, base)])))' "${@:3}"
}
./agreements eval seeds --json >/dev/null
printf '%-24s %-28s %s\n' rule set "Δ detection tp/fp, party tp/fp/fn, date %, item tp/fp"
for dir in "$@"; do
  base=($(score "" "$dir"))
  printf '%-24s %-28s %s\n' "(all on)" "$dir" "${base[*]}"
  for rule in "${rules[@]}"; do
    printf '%-24s %-28s %s\n' "$rule" "$dir" "$(score "$rule" "$dir" "${base[@]}")"
  done
done
