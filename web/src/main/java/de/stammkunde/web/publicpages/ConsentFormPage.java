package de.stammkunde.web.publicpages;

import de.stammkunde.consent.application.ConsentFormView;
import de.stammkunde.consent.application.ConsentLinks;
import de.stammkunde.shared.link.SignedLink;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.Map;

/**
 * The public consent form: shows the business's texts and the client's current answers, records
 * the new answers with the request's address and browser as proof. An invalid or expired link
 * shows why, with status 400 or 410, and nothing else.
 */
@Named
@ViewScoped
public class ConsentFormPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    ConsentLinks links;

    private String token;
    private String business;
    private ConsentFormView form;
    private String refusal;
    private boolean done;
    private final Map<String, String> answers = new HashMap<>();

    @PostConstruct
    void open() {
        ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
        token = (String) external.getRequestMap().get(ConsentLinkFilter.TOKEN_ATTRIBUTE);
        business = (String) external.getRequestMap().get(ConsentLinkFilter.BUSINESS_ATTRIBUTE);
        if (token == null) {
            refuse(SignedLink.Refusal.MALFORMED);
            return;
        }
        try {
            form = links.open(token);
            for (ConsentFormView.Purpose purpose : form.purposes()) {
                for (ConsentFormView.Channel channel : purpose.channels()) {
                    String state = channel.state();
                    answers.put(purpose.purpose() + ":" + channel.channel(),
                            "GIVEN".equals(state) || "UNCONFIRMED".equals(state) ? "GIVEN"
                                    : "REFUSED".equals(state) || "WITHDRAWN".equals(state) ? "REFUSED" : "");
                }
            }
        } catch (SignedLink.InvalidLink e) {
            refuse(e.refusal());
        }
    }

    public void submit() {
        if (form == null) {
            return;
        }
        HttpServletRequest request = (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext()
                .getRequest();
        try {
            links.answer(token, answers, request.getRemoteAddr(), request.getHeader("User-Agent"));
            done = true;
        } catch (SignedLink.InvalidLink e) {
            form = null;
            refuse(e.refusal());
        }
    }

    private void refuse(SignedLink.Refusal why) {
        refusal = why == SignedLink.Refusal.EXPIRED ? "expired" : "invalid";
        FacesContext.getCurrentInstance().getExternalContext()
                .setResponseStatus(why == SignedLink.Refusal.EXPIRED ? 410 : 400);
    }

    public String getBusiness() { return business; }
    public ConsentFormView getForm() { return form; }
    public String getRefusal() { return refusal; }
    public boolean isDone() { return done; }
    public Map<String, String> getAnswers() { return answers; }
}
