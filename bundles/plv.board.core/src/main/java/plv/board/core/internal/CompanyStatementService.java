package plv.board.core.internal;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;

import plv.membership.api.MemberRegister;
import plv.platform.api.ValidationException;
import plv.platform.api.time.PlvClock;
import plv.report.pdf.CompanyStatement;

/**
 * What every document of the company says about it (Local Authorities (Companies) Order 1995, SI 1995/849, art 4(1)):
 * a regulated company "shall have mentioned on all relevant documents the fact that it is a company controlled, or,
 * as the case may be, influenced, by a local authority, within the meaning of Part V [of the Local Government and
 * Housing Act 1989]; and naming the relevant authority or authorities". The relevant authorities are the member
 * councils, read from the register of members on the day the document is made; the company's name is as registered
 * (configuration PID {@code plv.board.company}).
 */
@Component(service = CompanyStatement.class, configurationPid = "plv.board.company")
@Designate(ocd = CompanyConfig.class)
public final class CompanyStatementService implements CompanyStatement {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final String name;
    private final boolean controlled;
    private final MembersRegister register;
    private final PlvClock clock;

    @Activate
    public CompanyStatementService(@Reference MemberRegister register, @Reference PlvClock clock, CompanyConfig config) {
        this.name = config.name().trim();
        this.controlled = relation(config.localAuthorityRelation());
        this.register = new MembersRegister(register);
        this.clock = clock;
    }

    static boolean relation(String text) {
        String t = text == null ? "" : text.trim().toUpperCase(Locale.ROOT);
        if (t.equals("CONTROLLED") || t.equals("INFLUENCED")) {
            return t.equals("CONTROLLED");
        }
        throw new ValidationException("localAuthorityRelation", "'" + text + "' is neither CONTROLLED nor INFLUENCED"
                + " (Local Government and Housing Act 1989, Part V, ss68-69).");
    }

    @Override
    public String companyName() {
        return name;
    }

    @Override
    public String headerLine() {
        return headerLine(controlled);
    }

    static String headerLine(boolean controlled) {
        return "A company " + (controlled ? "controlled" : "influenced")
                + " by local authorities within the meaning of Part V of the Local Government and Housing Act 1989.";
    }

    @Override
    public String statement() {
        LocalDate today = clock.today();
        return statement(name, controlled, register.membersOn(today).stream().map(MembersRegister.OnRegister::name).toList(), today);
    }

    /**
     * The statement with its authorities. Worked example: "Pan London Vehicle for Children's Complex Commissioning Ltd
     * is a company controlled by local authorities within the meaning of Part V of the Local Government and Housing
     * Act 1989 (Local Authorities (Companies) Order 1995, article 4). The relevant authorities are the councils of:
     * Barnet, Camden (the members on its register of members on 4 December 2026)."
     */
    static String statement(String name, boolean controlled, List<String> authorities, LocalDate day) {
        String fact = name + " is a company " + (controlled ? "controlled" : "influenced") + " by local authorities within"
                + " the meaning of Part V of the Local Government and Housing Act 1989 (Local Authorities (Companies) Order"
                + " 1995, article 4).";
        if (authorities.isEmpty()) {
            return fact + " The relevant authorities are the councils on its register of members.";
        }
        return fact + " The relevant authorities are the councils of: " + String.join(", ", authorities)
                + " (the members on its register of members on " + day.format(DAY) + ").";
    }
}
