package nl.municipalnetworks.finance.agreement;

import nl.municipalnetworks.commons.rules.NoticeRule;
import nl.municipalnetworks.finance.agreement.AgreementDtos.AgreementView;
import nl.municipalnetworks.finance.agreement.AgreementDtos.NoticeView;
import nl.municipalnetworks.finance.agreement.AgreementDtos.Payer;
import nl.municipalnetworks.finance.agreement.AgreementDtos.SurplusView;
import nl.municipalnetworks.finance.member.KnownMunicipality;
import nl.municipalnetworks.finance.money.Money;
import nl.municipalnetworks.finance.party.Party;
import nl.municipalnetworks.finance.scheme.FeeSchemeEntity;
import nl.municipalnetworks.finance.scheme.FeeSchemeMapper;

/** Between the stored agreement, the domain's {@link Agreement} and the API's records. */
public final class AgreementMapper {

    /**
     * Every agreement here ends early by notice sent before 1 September, on 1 January of the next year (the
     * G40-Platform31 samenwerkingsovereenkomst art. 1.3). Other rules would be a column of the agreement.
     */
    public static final NoticeRule NOTICE_RULE = NoticeRule.BEFORE_SEPTEMBER_FROM_JANUARY;

    private AgreementMapper() {
    }

    public static Party payer(KnownMunicipality municipality) {
        return new Party(municipality.id.toString(), municipality.name);
    }

    /** The domain agreement; its constructor and {@link Agreement#withNotice} check the rules. */
    public static Agreement toDomain(AgreementEntity e, FeeSchemeEntity scheme, KnownMunicipality payer) {
        Party payee = FeeSchemeMapper.payee(scheme);
        Party payerParty = payer(payer);
        Agreement agreement = Agreement.concluded(e.reference, payerParty, payee, new Term(e.termStart, e.termEnd),
                FeeSchemeMapper.toDomain(scheme), NOTICE_RULE);
        if (e.noticeGivenOn != null) {
            agreement = agreement.withNotice(new Notice(e.noticeGivenBy == AgreementEntity.NoticeGivenBy.PAYER
                    ? payerParty : payee, e.noticeGivenOn));
        }
        if (e.surplusAmount != null) {
            agreement = agreement.withAgreedSurplus(new AgreedSurplus(new Money(e.surplusAmount),
                    e.surplusAgreedByPayerOn, e.surplusAgreedByPayeeOn));
        }
        return agreement;
    }

    public static AgreementView view(AgreementEntity e, FeeSchemeEntity scheme, KnownMunicipality payer) {
        return new AgreementView(e.id, e.network, e.reference,
                new Payer(e.payerMunicipalityId, payer == null ? null : payer.cbsCode, payer == null ? null : payer.name),
                scheme.payee, e.feeSchemeId, scheme.name, e.termStart, e.termEnd,
                e.noticeGivenOn == null ? null : new NoticeView(e.noticeGivenOn, e.noticeGivenBy), e.effectiveEnd,
                NOTICE_RULE.describe(), e.surplusAmount == null ? null : new SurplusView(e.surplusAmount,
                        e.surplusAgreedByPayerOn, e.surplusAgreedByPayeeOn, e.effectiveEnd.getYear()));
    }
}
