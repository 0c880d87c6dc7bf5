package net.dcihandlers.core.protocol;

import jakarta.xml.bind.annotation.XmlAccessType;
import jakarta.xml.bind.annotation.XmlAccessorType;
import jakarta.xml.bind.annotation.XmlElement;
import jakarta.xml.bind.annotation.XmlRootElement;

/** The document DCImanager writes to a handler's stdin. */
@XmlRootElement(name = "doc")
@XmlAccessorType(XmlAccessType.FIELD)
public class Request {
    @XmlElement(name = "func")
    private String func;
    @XmlElement(name = "device_params")
    private DeviceParams deviceParams;
    @XmlElement(name = "port")
    private PortParams port;

    public Request() {
    }

    public Request(String func, DeviceParams deviceParams, PortParams port) {
        this.func = func;
        this.deviceParams = deviceParams;
        this.port = port;
    }

    public String func() { return func; }
    public DeviceParams deviceParams() { return deviceParams; }
    public PortParams port() { return port; }
}
