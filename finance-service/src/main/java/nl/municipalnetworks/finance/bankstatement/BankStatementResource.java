package nl.municipalnetworks.finance.bankstatement;

import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import nl.municipalnetworks.commons.security.Caller;
import nl.municipalnetworks.commons.security.Role;
import nl.municipalnetworks.finance.api.Params;
import nl.municipalnetworks.finance.bankstatement.BankStatementDtos.ImportResult;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import java.net.URI;

@Path("/v1/networks/{network}/bank-statements")
@Tag(name = "Bank statements", description = "camt.053 statements of the collecting accounts, imported as payments")
public class BankStatementResource {

    static final String EXAMPLE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <Document xmlns="urn:iso:std:iso:20022:tech:xsd:camt.053.001.02">
              <BkToCstmrStmt>
                <GrpHdr><MsgId>ING20261204</MsgId><CreDtTm>2026-12-04T06:12:45</CreDtTm></GrpHdr>
                <Stmt>
                  <Id>20261203</Id>
                  <Acct><Id><IBAN>NL38BNGH0285012345</IBAN></Id></Acct>
                  <Ntry>
                    <Amt Ccy="EUR">18412.45</Amt><CdtDbtInd>CRDT</CdtDbtInd><Sts>BOOK</Sts>
                    <BookgDt><Dt>2026-12-03</Dt></BookgDt><AcctSvcrRef>20261203-0001</AcctSvcrRef>
                    <NtryDtls><TxDtls>
                      <RltdPties><Dbtr><Nm>Gemeente Deventer</Nm></Dbtr><DbtrAcct><Id><IBAN>NL39RABO0300065264</IBAN></Id></DbtrAcct></RltdPties>
                      <RmtInf><Ustrd>Factuur G40 2026 000001 bijdrage Platform31</Ustrd></RmtInf>
                    </TxDtls></NtryDtls>
                  </Ntry>
                </Stmt>
              </BkToCstmrStmt>
            </Document>
            """;

    private final BankStatementService imports;
    private final SecurityIdentity identity;

    BankStatementResource(BankStatementService imports, SecurityIdentity identity) {
        this.imports = imports;
        this.identity = identity;
    }

    @POST
    @Consumes({"application/xml", "text/xml"})
    @RolesAllowed({Role.TREASURER, Role.PLATFORM_ADMIN})
    @RequestBody(content = @Content(mediaType = "application/xml", schema = @Schema(type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING, format = "binary"),
            examples = @ExampleObject(name = "ING", summary = "Deventer pays its G40 contribution to Platform31", value = EXAMPLE)))
    @APIResponse(responseCode = "201", description = "Payments registered; the Location header lists the network's payments",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @APIResponse(responseCode = "200", description = "Nothing new: every credit of the statement was imported before",
            content = @Content(mediaType = "application/json", schema = @Schema(implementation = ImportResult.class)))
    @Operation(summary = "Import a camt.053 bank statement as payments (the network's treasurer)",
            description = "The file as the bank exports it (camt.053.001.02 or a later version such as .08: ING, Rabobank, "
                    + "ABN AMRO). Every booked credit in euros becomes a payment, matched to an invoice by the reference it "
                    + "quotes; debits, pending entries and reversals are skipped. All or nothing: a statement that cannot be "
                    + "read is refused with the element and line, and nothing is registered. Importing a statement again "
                    + "registers nothing twice (the bank's reference of each entry). seller: whose account the statement is "
                    + "of (a collector of the network's fee schemes), needed only when two sellers of the network number "
                    + "alike and no seller's billing details give the statement's IBAN; remembered for the account.")
    public Uni<Response> importStatement(@PathParam("network") @Parameter(example = "G40") String network,
                                         @QueryParam("seller") @Parameter(example = "Platform31") String seller,
                                         byte[] xml) {
        String code = Params.network(network);
        String sellerName = Params.text("seller", seller, 200);
        return imports.importStatement(Caller.of(identity), code, sellerName, xml)
                .map(result -> result.payments() > 0
                        ? Response.created(URI.create("/v1/payments?network=" + code)).entity(result).build()
                        : Response.ok(result).build());
    }
}
