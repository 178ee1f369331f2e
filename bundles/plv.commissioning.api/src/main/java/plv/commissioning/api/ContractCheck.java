package plv.commissioning.api;

import java.util.List;

import org.osgi.annotation.versioning.ConsumerType;

import plv.platform.api.FieldError;

/**
 * Whiteboard: a programme's own rule for the contracts in its register, e.g. that a framework call-off may go only to
 * a provider admitted to the framework. Register it with the service property {@code plv.programme.type} (the
 * programme id, as {@code @ProgrammeType} sets it); the register runs it for that programme's contracts, after its own
 * checks, before writing anything.
 */
@ConsumerType
public interface ContractCheck {

    /** The problems with the contract, each naming its field; empty when it may be stored. */
    List<FieldError> check(String programmeId, ContractDraft draft);
}
