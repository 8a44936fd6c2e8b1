package org.techvoice.voice;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.techvoice.privacy.PersonalDataHolder;

/** Voice a person put their name to. Anonymous voice is linked to no one, so it is neither exported nor erased. */
@Component
class VoicePersonalData implements PersonalDataHolder {

    private final VoiceService voice;

    VoicePersonalData(VoiceService voice) {
        this.voice = voice;
    }

    @Override
    public String section() {
        return "voice";
    }

    @Override
    public List<VoiceView> export(String teamId, String userId) {
        return voice.attributedTo(teamId, userId);
    }

    @Override
    @Transactional
    public ErasureReport erase(String teamId, String userId) {
        int deleted = voice.eraseAttributed(teamId, userId);
        return new ErasureReport(section(), deleted, 0,
                "Deleted the voice entries you put your name to. Anonymous entries are linked to nobody and stay.");
    }
}
